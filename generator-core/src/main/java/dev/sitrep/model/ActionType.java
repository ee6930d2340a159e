package dev.sitrep.model;

/** What kind of follow-up an action item is. */
public enum ActionType {
    PREVENT("prevent"), MITIGATE("mitigate"), DETECT("detect"), REPAIR("repair"), PROCESS("process"), OTHER("other");

    private final String id;

    ActionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
