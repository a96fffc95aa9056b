import Foundation

/// A POSIX thread running one closure, joined explicitly (Foundation's `Thread` cannot be
/// joined): the feed reader's parsing thread.
final class FeedWorkerThread {
  private final class Body: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  private let thread: pthread_t
  private var joined = false

  /// Starts `body` on a new thread; `nil` when no thread could be created.
  init?(_ body: @escaping @Sendable () -> Void) {
    let box = Unmanaged.passRetained(Body(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
      &thread, nil,
      { raw in
        guard let raw else { return nil }
        Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
        return nil
      }, box)
    guard status == 0 else {
      Unmanaged<Body>.fromOpaque(box).release()
      return nil
    }
    self.thread = thread
  }

  /// Waits for the thread to end (once; later calls return at once).
  func join() {
    guard !joined else { return }
    joined = true
    pthread_join(thread, nil)
  }

  deinit { join() }
}
