"""The application's name and version: the one place that defines them."""

from __future__ import annotations

APP_NAME = "Chinese Teach"
APP_ID = "chinese-teach"
ORG_NAME = "ChineseTeach"
VERSION = "0.1.0"
