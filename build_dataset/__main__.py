import sys

from build_dataset.cli import main

sys.exit(main())
