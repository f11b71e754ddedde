"""`python -m chinese_teach` runs the command-line entry point."""

from chinese_teach.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
