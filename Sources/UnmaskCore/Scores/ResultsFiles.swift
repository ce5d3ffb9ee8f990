import Foundation

/// The lm-evaluation-harness results files named by paths: a file is taken as it is; a folder is
/// searched recursively for files named `results_*.json`. Folders' files come sorted by path
/// (byte order), so an import is the same on every run.
public enum ResultsFiles {
    /// The files, and the folders in which none was found.
    public static func find(_ paths: [String]) -> (files: [String], emptyFolders: [String]) {
        var files: [String] = [], emptyFolders: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)  // a file, or a path that does not exist: reading it names the problem
                continue
            }
            var found: [String] = []
            if let walker = FileManager.default.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix("results_"), name.hasSuffix(".json") {
                        found.append((path as NSString).appendingPathComponent(relative))
                    }
                }
            }
            if found.isEmpty { emptyFolders.append(path) }
            files += found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        return (files, emptyFolders)
    }
}
