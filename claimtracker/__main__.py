import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the bundle's import workers start through this entry point
    from claimtracker.cli import main

    raise SystemExit(main())
