import CLibXML2

/// Initializes libxml2 once, before any parse.
///
/// libxml2 2.9 sets up its global mutexes lazily; two threads starting their first parse at
/// the same time (parallel tests, a loader on several threads) can deadlock in
/// `xmlRMutexLock`. A Swift `static let` runs its initializer exactly once, thread-safely.
package enum LibXML2Setup {
  /// Touch this before calling libxml2.
  package static let ready: Bool = {
    xmlInitParser()
    return true
  }()
}
