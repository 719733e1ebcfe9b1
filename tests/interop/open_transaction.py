"""Leaves a transaction open, as a producer that crashed mid-transaction would: begins a
transaction with Confluent's client, writes COUNT records to partition 0 of TOPIC, flushes
them, prints "open" and exits without committing or aborting.

Usage: open_transaction.py BROKERS TOPIC TRANSACTIONAL_ID COUNT
"""

import os
import sys

from confluent_kafka import Producer

brokers, topic, transactional_id, count = sys.argv[1:5]
producer = Producer(
    {
        "bootstrap.servers": brokers,
        "transactional.id": transactional_id,
        # Long enough that the coordinator does not abort it while the test looks.
        "transaction.timeout.ms": 600000,
    }
)
producer.init_transactions(30)
producer.begin_transaction()
for i in range(int(count)):
    producer.produce(topic, value=f"open-{i}".encode(), partition=0)
if producer.flush(30) != 0:
    sys.exit("records were not delivered")
print("open", flush=True)
# No commit, no abort, no clean close: the transaction stays open.
os._exit(0)
