"""A site for bench/load.py: Lessonforge's production settings plus a bare-Django yardstick page."""
