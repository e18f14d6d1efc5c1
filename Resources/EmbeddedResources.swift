import Foundation

/// The files of `Resources/`, embedded in the binary at build time.
public enum EmbeddedResources {
    /// `topics.json`: the topic lexicon (JSON).
    public static var topicsJSON: Data { Data(PackageResources.topics_json) }
    /// `parties.json`: the party lexicon (JSON).
    public static var partiesJSON: Data { Data(PackageResources.parties_json) }
    /// `statements.json`: statement cue phrases (JSON).
    public static var statementsJSON: Data { Data(PackageResources.statements_json) }
    /// `bodies.json`: meeting bodies (JSON).
    public static var bodiesJSON: Data { Data(PackageResources.bodies_json) }
    /// `demo.txt`: the built-in demo meeting (UTF-8 text, the seed's layout).
    public static var demoMinutes: Data { Data(PackageResources.demo_txt) }
}
