"""clean: a page's lines -> a label and a rule id for every line -> the article and its metadata."""
