import Foundation
import Store

/// Shared body of `done`, `reopen` and `status`: resolve the ids, set the status in one
/// transaction, then (only after the commit) report each change.
enum CLIStatusChange {
    static func apply(ids: [String], status: FollowUpStatus, store: StoreOptions, language: LanguageOptions) throws {
        let english = try language.isEnglish()
        let db = try store.openStore(concurrentReads: false)
        let keys = try ids.map(db.resolveID)
        let result = try db.setStatus(keys: keys, to: status)
        for key in keys {
            guard let row = try db.followUp(key: key) else { continue }
            let mark = result.changed.contains(key) ? "" : (english ? " (already)" : " (was al zo)")
            CLI.out(CLIText.line("\(row.shortID) \(CLIText.status(status, english: english))\(mark): \(row.text)") + "\n")
        }
    }
}
