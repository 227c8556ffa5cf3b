import DateNightCLI

// First thing, before anything can start a thread: see DateNight.launch().
DateNight.launch()
