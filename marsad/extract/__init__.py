"""Article extraction: from a Document (scraped text page, HTML or JSON record) to an Article
with title, clean body, publication date, outlet and author."""
