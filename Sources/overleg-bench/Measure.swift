import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Running a command and measuring it: wall time and the child's peak resident set size
/// (`wait4` rusage `ru_maxrss`, KiB on Linux).
enum Measure {
    struct Run {
        var seconds: Double
        /// User + system CPU seconds of the child (less disturbed by a loaded machine than wall time).
        var cpu: Double
        var peakKiB: Int
        var status: Int32
        var output: String
    }

    /// GNU time, when installed: it forks a small process, so the child's peak RSS is its
    /// own (a child spawned straight from this big process inherits its high-water mark).
    static let gnuTime = "/usr/bin/time"

    /// Runs `arguments[0]` with the rest as arguments; standard output is captured to a
    /// temporary file, standard error passes through. Peak RSS through GNU time when present.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return try spawn(arguments, environment: environment) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("overleg-bench-\(getpid()).time").path
        var r = try spawn([gnuTime, "-f", "%M", "-o", report] + arguments, environment: environment)
        if let text = try? String(contentsOfFile: report, encoding: .utf8),
           let kib = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            r.peakKiB = kib
        }
        try? FileManager.default.removeItem(atPath: report)
        return r
    }

    static func spawn(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("overleg-bench-\(getpid()).out").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        for (k, v) in environment { env[k] = v }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard rc == 0 else { throw BenchError("cannot start \(arguments[0]): error \(rc)") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outPath)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(seconds: seconds, cpu: cpu, peakKiB: Int(usage.ru_maxrss), status: (status >> 8) & 0xFF, output: output)
    }

    /// Times `body` in this process: wall seconds and CPU seconds of this process (all threads).
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double, cpu: Double) {
        let cpuStart = processCPU()
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, processCPU() - cpuStart)
    }

    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// This process's peak resident set size so far (`VmHWM` of /proc/self/status), KiB.
    static func peakSelfKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s[s.count / 2]
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
