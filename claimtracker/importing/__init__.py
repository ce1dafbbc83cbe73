"""Files → articles: decoding, HTML to text, language, proposed metadata, de-duplication."""
