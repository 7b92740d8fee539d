'use strict';
// Produces keyed records with headers (a JSON array of { key, value, headers }) with acks=all, placed by kafkajs'
// default, Java-compatible murmur2 partitioner; prints each partition's first offset, as the brokers acknowledged it.
const { connect, run } = require('./broker');

run('produce.js <bootstrap> <topic> <records-json>', 3, async (bootstrap, topic, records) => {
  const producer = connect(bootstrap).producer();
  await producer.connect();
  try {
    const acknowledged = await producer.send({ topic, acks: -1, messages: JSON.parse(records) });
    return acknowledged.map(({ partition, baseOffset }) => ({ partition, baseOffset: Number(baseOffset) }));
  } finally {
    await producer.disconnect();
  }
});
