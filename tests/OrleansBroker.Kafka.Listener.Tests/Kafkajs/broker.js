'use strict';
// What every script shares: a quiet kafkajs client for the bootstrap address the C# test passes first, and a run
// that prints the failure and exits non-zero on an error or past its deadline, so a test never hangs on a script.
const { Kafka, logLevel } = require('kafkajs');

const deadlineMs = 30_000;

/** A kafkajs client of the brokers in `bootstrap` ("host:port[,host:port]"), logging errors only. */
function connect(bootstrap) {
  return new Kafka({ clientId: 'kafkajs-compatibility', brokers: bootstrap.split(','), logLevel: logLevel.ERROR });
}

/** Runs `main(argv)` (the arguments after the script name), writing what it returns to stdout as JSON, then exits. */
function run(usage, argumentCount, main) {
  const argv = process.argv.slice(2);
  if (argv.length !== argumentCount) {
    fail(`usage: node ${usage}`);
  }

  setTimeout(() => fail(`node ${usage}: no result within ${deadlineMs / 1000} s`), deadlineMs).unref();
  main(...argv).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error) => fail(`node ${usage} failed: ${error.stack ?? error}`),
  );
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

module.exports = { connect, run };
