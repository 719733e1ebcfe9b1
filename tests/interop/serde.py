"""Confluent's own serializers, for kfk's interoperability tests: `produce` writes fixed
records (through a Schema Registry, onto a broker); `consume` reads a topic's records
with the deserializers and prints each value as a line of JSON.

usage: serde.py produce|consume avro|json|protobuf BROKERS REGISTRY_URL TOPIC
       serde.py schema avro|json      (the schema text the serializers register)
       serde.py register REGISTRY_URL SUBJECT AVRO|PROTOBUF|JSON FILE [NAME=SUBJECT:VERSION ...]
"""

import json
import sys

from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.serialization import MessageField, SerializationContext

ORDERS = [
    {"id": 1, "customer": "ada", "amount": 12.5, "note": None, "tags": ["a"], "status": "NEW"},
    {"id": 2, "customer": "bob", "amount": 0.25, "note": "gift", "tags": [], "status": "PAID"},
]

AVRO = """{"type": "record", "name": "Order", "namespace": "shop", "fields": [
  {"name": "id", "type": "long"},
  {"name": "customer", "type": "string"},
  {"name": "amount", "type": "double"},
  {"name": "note", "type": ["null", "string"], "default": null},
  {"name": "tags", "type": {"type": "array", "items": "string"}},
  {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"]}}
]}"""

JSON_SCHEMA = """{"$schema": "http://json-schema.org/draft-07/schema#", "title": "Order",
  "type": "object", "required": ["id", "customer"], "properties": {
  "id": {"type": "integer"}, "customer": {"type": "string"}, "amount": {"type": "number"},
  "note": {"type": ["null", "string"]}, "tags": {"type": "array", "items": {"type": "string"}},
  "status": {"type": "string", "enum": ["NEW", "PAID"]}}}"""


def protobuf_order_class():
    """shop.Order, built at run time (no generated code): id, customer, amount, tags."""
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    proto = descriptor_pb2.FileDescriptorProto(name="shop/order.proto", package="shop", syntax="proto3")
    order = proto.message_type.add(name="Order")
    field = descriptor_pb2.FieldDescriptorProto
    for name, number, kind, label in [
        ("id", 1, field.TYPE_INT64, field.LABEL_OPTIONAL),
        ("customer", 2, field.TYPE_STRING, field.LABEL_OPTIONAL),
        ("amount", 3, field.TYPE_DOUBLE, field.LABEL_OPTIONAL),
        ("tags", 5, field.TYPE_STRING, field.LABEL_REPEATED),
    ]:
        order.field.add(name=name, number=number, type=kind, label=label)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("shop.Order"))


def serializer_and_records(fmt, client):
    if fmt == "avro":
        from confluent_kafka.schema_registry.avro import AvroSerializer

        return AvroSerializer(client, AVRO), ORDERS
    if fmt == "json":
        from confluent_kafka.schema_registry.json_schema import JSONSerializer

        return JSONSerializer(JSON_SCHEMA, client), ORDERS
    if fmt == "protobuf":
        from confluent_kafka.schema_registry.protobuf import ProtobufSerializer

        order = protobuf_order_class()
        records = [
            order(id=o["id"], customer=o["customer"], amount=o["amount"], tags=o["tags"])
            for o in ORDERS
        ]
        return ProtobufSerializer(order, client, {"use.deprecated.format": False}), records
    raise SystemExit(f"unknown format {fmt}")


def deserializer(fmt, client):
    if fmt == "avro":
        from confluent_kafka.schema_registry.avro import AvroDeserializer

        return AvroDeserializer(client), lambda value: value
    if fmt == "json":
        from confluent_kafka.schema_registry.json_schema import JSONDeserializer

        return JSONDeserializer(None, schema_registry_client=client), lambda value: value
    if fmt == "protobuf":
        from confluent_kafka.schema_registry.protobuf import ProtobufDeserializer
        from google.protobuf.json_format import MessageToDict

        order = protobuf_order_class()
        return ProtobufDeserializer(order, {"use.deprecated.format": False}), MessageToDict
    raise SystemExit(f"unknown format {fmt}")


def consume(fmt, brokers, client, topic):
    from confluent_kafka import Consumer, TopicPartition

    decode, to_json = deserializer(fmt, client)
    consumer = Consumer({"bootstrap.servers": brokers, "group.id": "serde-py", "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, 0, 0)])
    _, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    read = 0
    while read < high:
        message = consumer.poll(10)
        if message is None:
            raise SystemExit(f"read {read} of {high} records")
        if message.error():
            raise SystemExit(str(message.error()))
        read += 1
        value = decode(message.value(), SerializationContext(topic, MessageField.VALUE))
        print(json.dumps(to_json(value), sort_keys=True))
    consumer.close()


def register(registry, subject, kind, path, references):
    """Registers a schema file, with references given as NAME=SUBJECT:VERSION; prints its id."""
    from confluent_kafka.schema_registry import Schema, SchemaReference

    refs = []
    for reference in references:
        name, target = reference.split("=", 1)
        ref_subject, version = target.rsplit(":", 1)
        refs.append(SchemaReference(name, ref_subject, int(version)))
    with open(path) as text:
        schema = Schema(text.read(), kind, refs)
    print(SchemaRegistryClient({"url": registry}).register_schema(subject, schema))


def main():
    if sys.argv[1:2] == ["schema"]:
        print({"avro": AVRO, "json": JSON_SCHEMA}[sys.argv[2]], end="")
        return
    if sys.argv[1:2] == ["register"]:
        register(*sys.argv[2:6], sys.argv[6:])
        return
    _, command, fmt, brokers, registry, topic = sys.argv
    client = SchemaRegistryClient({"url": registry})
    if command == "consume":
        consume(fmt, brokers, client, topic)
        return
    if command != "produce":
        raise SystemExit(__doc__)
    serializer, records = serializer_and_records(fmt, client)
    producer = Producer({"bootstrap.servers": brokers, "enable.idempotence": True})
    for record in records:
        value = serializer(record, SerializationContext(topic, MessageField.VALUE))
        producer.produce(topic, value=value, partition=0)
    if producer.flush(30) != 0:
        raise SystemExit("not every record was delivered")


main()
