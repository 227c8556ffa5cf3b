import Foundation

/// Files the user names, read whole. Scene files are small; a size cap keeps a wrong path
/// (a disk image, /dev/zero) from eating memory.
enum FileReading {
    static let maximumSceneBytes = 64 * 1024 * 1024

    enum Failure: Error {
        case missing(String)
        case unreadable(String, reason: String)
        case tooLarge(String)

        var message: String {
            switch self {
            case .missing(let path): "no such file or folder: \(path)"
            case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
            case .tooLarge(let path): "\(path) is larger than \(maximumSceneBytes / 1024 / 1024) MB; it is not a scene file"
            }
        }
    }

    static func bytes(at path: String) throws(Failure) -> [UInt8] {
        let url = URL(fileURLWithPath: path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes != nil else { throw .missing(path) }
        if let size = attributes?[.size] as? Int, size > maximumSceneBytes { throw .tooLarge(path) }
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: maximumSceneBytes + 1) ?? Data()
            guard data.count <= maximumSceneBytes else { throw Failure.tooLarge(path) }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .unreadable(path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Scene files in a folder and its subfolders, sorted; schema files are not scenes.
    static func sceneFiles(in folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "json" && !url.lastPathComponent.hasSuffix(".schema.json") {
            let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
            files.append((folder as NSString).appendingPathComponent(relative))
        }
        return files.sorted()
    }
}
