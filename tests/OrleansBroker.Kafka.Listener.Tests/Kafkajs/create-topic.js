'use strict';
// Creates a topic through kafkajs' admin client (CreateTopics), waiting for its partitions' leaders; prints true.
const { connect, run } = require('./broker');

run('create-topic.js <bootstrap> <topic> <partitions>', 3, async (bootstrap, topic, partitions) => {
  const admin = connect(bootstrap).admin();
  await admin.connect();
  try {
    const created = await admin.createTopics({ topics: [{ topic, numPartitions: Number(partitions) }], waitForLeaders: true });
    if (!created) {
      throw new Error(`topic ${topic} already exists`);
    }

    return created;
  } finally {
    await admin.disconnect();
  }
});
