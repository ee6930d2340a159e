package dev.sitrep.site.html;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FreeMarker's object wrapper for the page models: FreeMarker's default, except that a record is a hash of its
 * components, each read through a method handle made once per record class (the default reads every
 * {@code page.title} through {@code Method.invoke}), and that an enum's zero-argument methods read as properties.
 * Anything else a template asks of a record (a method call, say, in a user's override) is passed on to the default's
 * bean view, so templates see no difference.
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /**
     * The components of each record class, in declaration order; none when they cannot be read by handle (the record
     * is then left to the bean view).
     */
    private static final ClassValue<Optional<Map<String, MethodHandle>>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Optional<Map<String, MethodHandle>> computeValue(Class<?> type) {
            Map<String, MethodHandle> components = new LinkedHashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    components.put(component.getName(), lookup.unreflect(component.getAccessor()).asType(GETTER));
                } catch (IllegalAccessException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(Collections.unmodifiableMap(components));
        }
    };

    RecordObjectWrapper() {
        super(configuration(), true);
    }

    /**
     * FreeMarker's defaults, except that an enum's zero-argument methods read as properties, as a record's components
     * do: {@code tone.cssClass}, {@code verdict.met}.
     */
    private static DefaultObjectWrapperBuilder configuration() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return builder;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record record) {
            Optional<Map<String, MethodHandle>> components = COMPONENTS.get(record.getClass());
            if (components.isPresent()) {
                return new RecordModel(record, components.get(), this);
            }
        }
        return super.handleUnknownType(object);
    }

    /** The default's view of {@code object}: for a record, a JavaBean with its methods. */
    private TemplateModel beanOf(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }

    /** A record as a template sees it: {@code record.component}, and the bean view for anything else. */
    private static final class RecordModel
            implements TemplateHashModelEx, AdapterTemplateModel, WrapperTemplateModel {

        private final Record record;
        private final Map<String, MethodHandle> components;
        private final RecordObjectWrapper wrapper;
        private TemplateHashModel bean;

        RecordModel(Record record, Map<String, MethodHandle> components, RecordObjectWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) {
                return bean().get(key);
            }
            try {
                return wrapper.wrap(accessor.invokeExact((Object) record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        private TemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (TemplateHashModel) wrapper.beanOf(record);
            }
            return bean;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return components.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(components.keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> values = new ArrayList<>(components.size());
            for (String key : components.keySet()) {
                values.add(get(key));
            }
            return new SimpleCollection(values, wrapper);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
