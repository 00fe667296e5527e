"""The builder of the russia-israel-news dataset.

Data flows one way: read (files -> pages) -> lines (parse) -> clean (rules decide every line)
-> records -> checks (validate) -> publish (version folder, card, manifest). No module imports
one that stands later in that flow; the builder imports the schema from the consumer package.
"""
