import Dashboard
import Foundation
import Testing

@Test(.enabled(if: ProcessInfo.processInfo.environment["OVERLEG_LOOK"] != nil))
func lookAtFrames() throws {
    for (w, h) in [(80, 24), (120, 40), (160, 48), (100, 30), (60, 16)] {
        var s = Seed.state(w, h)
        try press(&s, "j j")
        print("=== \(w)x\(h)\n" + frame(s))
    }
}
