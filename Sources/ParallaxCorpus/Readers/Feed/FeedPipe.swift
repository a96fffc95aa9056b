import Foundation

/// A bounded queue from the thread that parses a feed to the thread that builds its reports.
///
/// One producer, one consumer. The producer blocks while the queue is full, so memory stays
/// bounded by `capacity` items; the consumer takes everything queued at once and is woken
/// only when a batch is ready (or the producer has finished), not once per item. Either side
/// can end it: the producer with `finish`, the consumer with `cancel` (after which `put`
/// returns `false` at once and the producer stops).
///
/// `@unchecked Sendable`: every mutable property is read and written only while holding
/// `condition`'s lock.
final class FeedPipe<Element: Sendable, Outcome: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let capacity: Int
  private let batch: Int
  private var items: [Element] = []
  private var outcome: Outcome?
  private var cancelled = false
  private var consumerWaits = false
  private var producerWaits = false

  /// A queue of at most `capacity` items; the consumer is woken when `batch` are ready.
  init(capacity: Int = 64, batch: Int = 16) {
    self.capacity = max(capacity, 1)
    self.batch = min(max(batch, 1), self.capacity)
    items.reserveCapacity(self.capacity)
  }

  /// Queues `element`, waiting while the queue is full; `false` when the consumer cancelled.
  func put(_ element: consuming Element) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while items.count >= capacity, !cancelled {
      producerWaits = true
      condition.wait()
      producerWaits = false
    }
    if cancelled { return false }
    items.append(element)
    if consumerWaits, items.count >= batch { condition.broadcast() }
    return true
  }

  /// Ends the stream: nothing more will be put.
  func finish(_ result: Outcome) {
    condition.lock()
    defer { condition.unlock() }
    outcome = result
    condition.broadcast()
  }

  /// Waits for a batch of items or the end, moves the queued items into `batch` (which must
  /// be empty) and returns the outcome once the producer has finished.
  func take(into batch: inout [Element]) -> Outcome? {
    condition.lock()
    defer { condition.unlock() }
    while items.count < self.batch, outcome == nil, !cancelled {
      consumerWaits = true
      condition.wait()
      consumerWaits = false
    }
    swap(&batch, &items)
    if producerWaits { condition.broadcast() }
    return outcome
  }

  /// Tells the producer to stop; items still queued are dropped.
  func cancel() {
    condition.lock()
    defer { condition.unlock() }
    cancelled = true
    items.removeAll()
    condition.broadcast()
  }

  /// Whether the consumer cancelled.
  var isCancelled: Bool {
    condition.lock()
    defer { condition.unlock() }
    return cancelled
  }
}
