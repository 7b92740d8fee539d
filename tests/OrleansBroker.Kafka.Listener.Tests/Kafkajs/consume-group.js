'use strict';
// Joins a consumer group, reads the subscribed topic from the beginning until `count` records arrived, commits the
// offsets after them and leaves; prints the records as "partition@offset key=value" in arrival order.
const { connect, run } = require('./broker');

run('consume-group.js <bootstrap> <topic> <group> <count>', 4, async (bootstrap, topic, group, count) => {
  // Short fetch waits, so that leaving does not wait out a 5 s long poll.
  const consumer = connect(bootstrap).consumer({ groupId: group, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const received = [];
    const next = {};
    await new Promise((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          received.push(`${partition}@${message.offset} ${message.key}=${message.value}`);
          next[partition] = (BigInt(message.offset) + 1n).toString();
          if (received.length === Number(count)) {
            resolve();
          }
        },
      }).catch(reject);
    });
    await consumer.commitOffsets(Object.entries(next).map(([partition, offset]) => ({ topic, partition: Number(partition), offset })));
    return received;
  } finally {
    await consumer.disconnect();
  }
});
