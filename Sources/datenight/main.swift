import DateNightCLI

DateNight.main()
