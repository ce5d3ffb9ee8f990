import ArgumentParser
import Foundation

/// Bad input found after parsing: reported as one line on stderr with exit status 64.
struct UsageError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    init(_ error: some Error & CustomStringConvertible) {
        message = error.description
    }
}

/// Runs a throwing Core call, turning its typed error into a `UsageError`.
func usage<T, E: Error & CustomStringConvertible>(_ body: () throws(E) -> T) throws(UsageError) -> T {
    do {
        return try body()
    } catch {
        throw UsageError(error)
    }
}
