"""The core library: corpus, library storage, text engine, documents, exporters. No Qt here."""
