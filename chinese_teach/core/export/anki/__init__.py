"""The Anki deck exporter: words of a deck (``words``), where they come from (``sources``),
the note type (``note_type``) and the ``.apkg`` writer (``apkg``).

Nothing is imported here, so that loading the word sources does not load genanki.
"""
