# The status site's configuration: the sitrep file format is described in sitrep's docs/formats.md.
title: [=titleYaml]
# where the site is published: feeds and the JSON API link to it
baseUrl: [=baseUrlYaml]
# the zone times are shown in, an IANA name such as Europe/Berlin
timezone: UTC
# the language of every page and feed: en, de, fr or es (or your own, see sitrep's docs/languages.md)
language: en

# What customers see on the status page. Ids are lowercase letters, digits and hyphens, and never change:
# incidents name them. Add `group:` to group components, `description:` to explain one.
components:
[#list components as component]
  - id: [=component.id]
    name: [=component.name]
[/#list]

# Severities: how bad an incident is, and the targets each level is held to. This is sitrep's default scheme;
# edit the targets, or write your own levels (Sev1..Sev4, P1..P4) with the same keys. `impact` is what the status
# page shows for an incident of that severity: critical | major | minor | none.
severities:
  - {id: P0, name: Critical, impact: critical, acknowledgeWithin: 5m,  resolveWithin: 1h,  updateEvery: 30m, postmortemRequired: true}
  - {id: P1, name: High,     impact: major,    acknowledgeWithin: 15m, resolveWithin: 4h,  updateEvery: 1h,  postmortemRequired: true}
  - {id: P2, name: Medium,   impact: minor,    acknowledgeWithin: 1h,  resolveWithin: 24h, postmortemRequired: false}
  - {id: P3, name: Low,      impact: none,     acknowledgeWithin: 24h, postmortemRequired: false}

# Postmortems: due this long after an incident is resolved, with these level-2 headings (case-insensitive; each may
# list other names it goes by). `mvn sitrep:postmortem -Did=<incident>` starts one with these sections.
postmortem:
  dueWithin: 48h
  requiredSections:
    - {name: Summary, aliases: [Incident Summary, TL;DR]}
    - Timeline
    - {name: Root Cause, aliases: [Root Causes, Root Cause Analysis, Contributing Factors]}
    - Impact
    - {name: Action Items, aliases: [Corrective Actions, Follow-ups]}
  # Contributing factors: the causes a published postmortem names in `factors: [...]`, so that the site counts them
  # across postmortems. A starter set to make your own: rename, add or remove factors (ids are lowercase letters,
  # digits and hyphens; keep an id once postmortems name it). Without this list no postmortem is asked for factors.
  factors:
    - id: deployment
      name: Deployment
      description: A release or rollout of our own code
    - id: config-change
      name: Configuration change
      description: A change to configuration, feature flags, secrets or certificates
    - id: capacity
      name: Capacity
      description: More load than a system was sized, limited or scaled for
    - id: dependency
      name: Dependency
      description: A third-party service, provider or library
    - id: infrastructure
      name: Hardware or network
      description: Servers, disks, networks, DNS or the cloud platform
    - id: data
      name: Data
      description: Corrupt, unexpected or wrongly migrated data
    - id: process
      name: Process
      description: A procedure, review, test or on-call practice that was missing or not followed
  # A repeat incident: its postmortem names a factor that the postmortem of an earlier incident within this window
  # also names, and the two share a component. The check warns until its incident.yaml lists the earlier one in
  # `related: [...]`.
  repeatWithin: 90d

# Action items from postmortems: done within this long of the postmortem's publication, and the share of them that
# should be (the metrics page shows the rate against this target).
actionItems:
  completeWithin: 30d
  targetCompletionRate: 0.9
