import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import TerminalKit

@Suite("Time formatting and scheduling")
struct TimingTests {
    @Test func clockFormat() {
        #expect(TimeFormat.clock(seconds: 0) == "00:00")
        #expect(TimeFormat.clock(seconds: 9) == "00:09")
        #expect(TimeFormat.clock(seconds: 65) == "01:05")
        #expect(TimeFormat.clock(seconds: 600) == "10:00")
        #expect(TimeFormat.clock(seconds: 7_500) == "125:00")
        #expect(TimeFormat.clock(seconds: -3) == "00:00")
    }

    @Test func remainingRoundsUp() {
        #expect(TimeFormat.remaining(59.01) == "01:00")
        #expect(TimeFormat.remaining(0.2) == "00:01")
        #expect(TimeFormat.remaining(0) == "00:00")
        #expect(TimeFormat.remaining(-1) == "00:00")
        #expect(TimeFormat.remaining(.nan) == "00:00")
        // Floating-point dust does not add a second.
        #expect(TimeFormat.remaining(2.000000000001) == "00:02")
    }

    @Test func spoken() {
        #expect(TimeFormat.spoken(seconds: 1) == "1 second")
        #expect(TimeFormat.spoken(seconds: 45) == "45 seconds")
        #expect(TimeFormat.spoken(seconds: 60) == "1 minute")
        #expect(TimeFormat.spoken(seconds: 150) == "2 minutes 30 seconds")
    }

    @Test func timelineScalesAndPauses() {
        let clock = ManualClock()
        var timeline = PausableTimeline(startingAt: clock.now(), timeScale: 0.01)
        clock.advance(seconds: 0.5)
        #expect(abs(timeline.elapsed(at: clock.now()) - 50) < 1e-9)
        timeline.pause(at: clock.now())
        clock.advance(seconds: 100)
        #expect(abs(timeline.elapsed(at: clock.now()) - 50) < 1e-9)
        #expect(timeline.instant(whenElapsedReaches: 60) == nil)
        timeline.resume(at: clock.now())
        clock.advance(seconds: 0.1)
        #expect(abs(timeline.elapsed(at: clock.now()) - 60) < 1e-9)
    }

    @Test func zeroScaleIsImmediatelyDone() {
        let clock = ManualClock()
        let timeline = PausableTimeline(startingAt: clock.now(), timeScale: 0)
        #expect(timeline.elapsed(at: clock.now()) == .infinity)
    }

    @Test func boundariesFollowTheDisplay() {
        #expect(TickSchedule.nextBoundary(after: 0, total: 10) == 1)
        #expect(TickSchedule.nextBoundary(after: 0.3, total: 10) == 1)
        #expect(TickSchedule.nextBoundary(after: 1, total: 10) == 2)
        #expect(TickSchedule.nextBoundary(after: 9.5, total: 10) == 10)
        #expect(TickSchedule.nextBoundary(after: 12, total: 10) == 10)
        // Fractional totals: the display changes when the remaining time crosses a whole second.
        #expect(abs(TickSchedule.nextBoundary(after: 0, total: 2.5) - 0.5) < 1e-9)
        #expect(abs(TickSchedule.nextBoundary(after: 0.5, total: 2.5) - 1.5) < 1e-9)
        #expect(TickSchedule.nextBoundary(after: 0, total: 100, step: 4) == 4)
    }

    @Test("deadlines stay on the grid however late each wake-up is")
    func driftFree() {
        let clock = ManualClock()
        let timeline = PausableTimeline(startingAt: clock.now(), timeScale: 1)
        let start = clock.now()
        var deadlines: [MonotonicInstant] = []
        for wakeUp in 0..<600 {
            let elapsed = timeline.elapsed(at: clock.now())
            guard let deadline = timeline.instant(whenElapsedReaches: TickSchedule.nextBoundary(after: elapsed, total: 600)) else { break }
            deadlines.append(deadline)
            // Wake up between 0 and 40 ms late, by an amount that changes from one to the next.
            clock.advance(to: deadline.adding(seconds: Double(wakeUp * 17 % 41) / 1000))
        }
        for (index, deadline) in deadlines.enumerated() {
            #expect(deadline == start.adding(seconds: Double(index + 1)))
        }
        #expect(deadlines.count == 600)
    }

    @Test func plainAnnouncementMarks() {
        #expect(PlainAnnouncements.marks(total: 300) == [240, 180, 120, 90, 60, 30, 20, 10])
        #expect(PlainAnnouncements.marks(total: 45) == [30, 20, 10])
        #expect(PlainAnnouncements.marks(total: 10) == [])
        #expect(PlainAnnouncements.nextMark(afterElapsed: 0, total: 300)?.remaining == 240)
        #expect(PlainAnnouncements.nextMark(afterElapsed: 60, total: 300)?.remaining == 180)
        #expect(PlainAnnouncements.nextMark(afterElapsed: 60.5, total: 300)?.remaining == 180)
        #expect(PlainAnnouncements.nextMark(afterElapsed: 290, total: 300) == nil)
    }

    @Test func pollTimeoutRoundsUp() {
        let now = MonotonicInstant(nanoseconds: 1_000_000_000)
        #expect(TerminalInput.pollTimeout(until: nil, now: now) == -1)
        #expect(TerminalInput.pollTimeout(until: now, now: now) == 0)
        #expect(TerminalInput.pollTimeout(until: now.adding(seconds: 0.0000001), now: now) == 1)
        #expect(TerminalInput.pollTimeout(until: now.adding(seconds: 1.2345), now: now) == 1235)
        #expect(TerminalInput.pollTimeout(until: now.adding(seconds: -1), now: now) == 0)
    }

    /// Timers must not jump when the wall clock is set (NTP, a changed time zone, a laptop
    /// waking): the game's clock is the kernel's monotonic one, in nanoseconds. A clock built on
    /// the wall time, or counting in another unit, falls outside the bracket.
    @Test func systemClockReadsTheKernelsMonotonicClockInNanoseconds() {
        func kernel() -> Int64 {
            var spec = timespec()
            clock_gettime(CLOCK_MONOTONIC, &spec)
            return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
        }
        for _ in 0..<100 {
            let before = kernel()
            let read = SystemMonotonicClock().now().nanoseconds
            let after = kernel()
            #expect(before <= read && read <= after, "\(read) is not between \(before) and \(after)")
        }
    }
}
