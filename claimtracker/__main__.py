from claimtracker.cli import main

raise SystemExit(main())
