# Maven's build output: the generated site and the check reports
target/
# the local Maven repository the GitLab CI jobs cache
.m2/
