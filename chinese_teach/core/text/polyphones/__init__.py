"""Polyphone (多音字) disambiguation: context rules and a small BiLSTM model."""
