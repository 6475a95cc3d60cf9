"""The episode log: what happened, who sent it and the pattern across episodes.

- :mod:`.store` create, read, update and delete episodes; every change is a chained revision.
- :mod:`.validation` one translated line per problem with an episode's fields.
- :mod:`.vocabulary` the fixed codes (channels, severity, kinds, ...) with their labels.
- :mod:`.senders` the sender registry: recognise, count and merge repeat senders.
- :mod:`.search` full-text search and list filters.
- :mod:`.checklist` what a record still lacks; :mod:`.overview` severity, frequency, duration.
"""
