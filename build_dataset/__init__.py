"""The builder of the russia-israel-news dataset.

One subpackage per stage, in the order the data flows: ``read`` (files -> pages), ``clean``
(lines -> a label and rule id for every line -> the article), ``shard`` (a slice of pages through
the build's steps -> records, validated, as file bytes), ``publish`` (the version folder, card,
Croissant, manifest) and ``versions`` (the declared version, diffs, release notes). The commands
(``build``, ``verify``, ``cli``) stand above them. No module imports one of a later stage
(tested); the builder imports the contract and schema from the consumer package.
"""
