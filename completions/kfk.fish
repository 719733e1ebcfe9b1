# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kfk_global_optspecs
    string join \n b/brokers= profile= config= no-config X= timeout= output= v/verbose security-protocol= sasl-mechanism= sasl-username= sasl-password= ca-cert= client-cert= client-key= oauth-method= oauth-token-endpoint= oauth-client-id= oauth-scope= oauth-extensions= kerberos-service-name= kerberos-principal= kerberos-keytab= kerberos-kinit-cmd= schema-registry= schema-registry-username= schema-registry-ca= h/help V/version
end

function __fish_kfk_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kfk_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kfk_using_subcommand
    set -l cmd (__fish_kfk_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kfk -n "__fish_kfk_needs_command" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_needs_command" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_needs_command" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_needs_command" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_needs_command" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_needs_command" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_needs_command" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_needs_command" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_needs_command" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_needs_command" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_needs_command" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_needs_command" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_needs_command" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_needs_command" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_needs_command" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_needs_command" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_needs_command" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_needs_command" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_needs_command" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_needs_command" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_needs_command" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_needs_command" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_needs_command" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_needs_command" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_needs_command" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_needs_command" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_needs_command" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_needs_command" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "produce" -d 'Write records to a topic from stdin or files, one per line by default'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "consume" -d 'Read records from topics: tail them, read exact ranges, or consume as a group'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "consumer-groups" -d 'Inspect consumer groups, diagnose lag and move committed offsets'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "seek-to-timestamp" -d 'Find the offsets of a moment in time, and optionally move a consumer group there'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "share-groups" -d 'Inspect share groups (KIP-932) and move or delete their offsets'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "cluster" -d 'Show the cluster: its id, its controller, each broker (id, host:port, rack), and how many topics and partitions it holds, with the under-replicated ones counted'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "copy" -d 'Copy a topic to another topic or cluster with exactly-once transactions'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "backup" -d 'Back a topic up to files: every record a read_committed reader sees, as the topic is when kfk starts, with key, value, headers, timestamp, partition and offset'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "restore" -d 'Write a backup (`kfk backup`) back to a topic: each record to its partition, with its key, value, headers and timestamp'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "topics" -d 'List, describe, create and delete topics'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "config" -d 'Show kfk\'s effective configuration'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "acls" -d 'List, create and delete access control lists'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "users" -d 'List SCRAM users, set their passwords and delete them'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "quotas" -d 'List and change client quotas of users and client ids'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "reassign" -d 'Move partition replicas between brokers: plan, execute with a throttle, follow, verify, cancel'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "transactions" -d 'List and describe transactions, find hanging ones and abort them'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "perf" -d 'Load and latency tests: produce, consume, and end to end'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "dev-cluster" -d 'Run librdkafka\'s mock cluster in the foreground: an in-memory Kafka-protocol cluster for trying kfk and for benchmarks, with no Kafka at hand'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "commands" -d 'List every command; with --json, the whole tree with each command\'s flags'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "man" -d 'Write man pages, one per command and subcommand, into a directory'
complete -c kfk -n "__fish_kfk_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s t -l topic -d 'Topic to write to' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l input -d 'How input is read' -r -f -a "text\t''
json\t''"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s D -l delimiter -d 'Record delimiter, with escapes (\\n \\t \\0 \\xHH) [default: \\n]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s K -l key-delimiter -d 'Split each record into key and value at the first SEP (no SEP: null key)' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s H -l header -d 'Add a header to every record (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s p -l partition -d 'Write every record to this partition' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l partitioner -d 'How keys map to partitions; murmur2_random matches the Java client' -r -f -a "random\t''
consistent\t''
consistent_random\t''
murmur2\t''
murmur2_random\t''
fnv1a\t''
fnv1a_random\t''"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l acks -d 'Acknowledgements to wait for: all (every in-sync replica), 1 (leader), 0 (none)' -r -f -a "all\t'Every in-sync replica'
1\t'The leader only'
0\t'None'"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s z -l compression -d 'Compression codec' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l linger -d 'How long to wait to fill a batch [default: librdkafka\'s 5ms]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l batch-size -d 'Maximum batch size in bytes [default: librdkafka\'s 1000000]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l max-in-flight -d 'Maximum in-flight requests per broker connection [default: librdkafka\'s 1000000; 5 with idempotence]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l message-timeout -d 'How long a record may take to be delivered, retries included' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l transactional-id -d 'Write inside transactions with this transactional.id' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l txn-size -d 'Records per transaction [default: the whole input in one]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l failed-file -d 'Save every record that was not delivered here, in the input\'s framing' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l value-schema-subject -d 'Encode each JSON "value" with this subject\'s latest schema (Avro, Protobuf or JSON Schema, from --schema-registry); with --value-schema, the subject to use' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l value-schema -d 'Encode each JSON "value" with this schema file (.avsc, .proto, .json), as registered under --value-schema-subject (default: TOPIC-value)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l key-schema-subject -d 'Encode each JSON "key" with this subject\'s latest schema' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l key-schema -d 'Encode each JSON "key" with this schema file (default subject: TOPIC-key)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l generate -d 'Send generated records instead of input: from an Avro schema, a JSON Schema or a template file (see above)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l count -d 'With --generate, stop after N records [default: until interrupted]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l key-field -d 'With --generate, each record\'s key is this top-level field of its value' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l seed -d 'With --generate, the seed that makes the same records again [default: the clock]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l rate -d 'Send at most this many records per second: 1000/s, 1000, 60/m, 3600/h' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l whole-file -d 'Each input file is one record'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l keep-cr -d 'Keep a carriage return before each newline as part of the record (kcat\'s way); by default lines ending in \\r\\n are read as lines, as Kafka\'s console producer does'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s Z -l null-empty -d 'Send an empty value as null (a tombstone)'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l no-idempotence -d 'Turn off the idempotent producer (on by default with --acks all)'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l report -d 'Print partition@offset and the line number of every delivered record on stdout'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l skip-invalid -d 'Report, save (--failed-file) and skip invalid JSON lines instead of stopping (exit status 3)'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l ignore-partition -d 'Place JSON records by key with the partitioner, not by their "partition"'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l ignore-timestamp -d 'Let the producer stamp JSON records with the current time, not their "timestamp"'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s q -l quiet -d 'No progress bar and no summary line'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l register -d 'Register the --key-schema/--value-schema files (else they must be registered)'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand produce" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s t -l topic -d 'Topic to read, optionally with partitions (orders:0,2); repeatable' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l pattern -d 'Read every topic whose name matches this regular expression' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s p -l partitions -d 'Only these partitions of every topic, e.g. 0,2,4-6' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s o -l from -d 'Where to start (see above); kcat\'s -o e@MS (stop time) sets --until [default: end when following, else beginning; stored with --group]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l until -d 'Where to stop, per partition: an offset (not included), end, or a time' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s c -l count -d 'Stop after N records in all' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s f -l format -d 'Print each record with this format (kcat\'s tokens, see above)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s K -l key-delimiter -d 'Print the key, SEP and the value on each line, as kcat -C -K does' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s g -l group -d 'Consume as a member of this consumer group' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l group-protocol -d 'The group protocol: classic, or consumer (KIP-848, Kafka 4.0+: the broker assigns partitions, and its group.consumer.* settings give the session timeout and heartbeat)' -r -f -a "classic\t''
consumer\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l assignment-strategy -d 'How the group spreads partitions over its members (with --group-protocol consumer: range asks for the broker\'s range assignor, the others for its uniform one)' -r -f -a "range\t''
roundrobin\t''
cooperative-sticky\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l commit -d 'When offsets are committed: after writing (at-least-once), before (at-most-once), none' -r -f -a "after\t''
before\t''
none\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l session-timeout -d 'The group\'s session.timeout.ms, e.g. 45s' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l heartbeat-interval -d 'The group\'s heartbeat.interval.ms, e.g. 3s' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l max-poll-interval -d 'The group\'s max.poll.interval.ms, e.g. 5m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l isolation -d 'read_committed hides records of aborted transactions' -r -f -a "read_committed\t''
read_uncommitted\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l key-format -d 'How keys are read: auto (framed records decoded with their schema; the default with a schema registry), string, bytes (the default without), base64, hex, avro, protobuf, json-schema' -r -f -a "auto\t'Decode framed records with their schema; leave others as they are'
string\t'As they are (UTF-8 text in JSON output; base64 if not UTF-8)'
bytes\t'As they are'
base64\t''
hex\t''
avro\t''
protobuf\t''
json-schema\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l value-format -d 'How values are read, as --key-format' -r -f -a "auto\t'Decode framed records with their schema; leave others as they are'
string\t'As they are (UTF-8 text in JSON output; base64 if not UTF-8)'
bytes\t'As they are'
base64\t''
hex\t''
avro\t''
protobuf\t''
json-schema\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l grep -d 'Only records whose value (decoded, as JSON text) matches this regular expression' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l key-regex -d 'Only records whose key matches this regular expression' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l key -d 'Only records with this key, read from the one partition that --partitioner puts it in, which kfk names on stderr. Its bytes as UTF-8, or as hex or base64 with --key-format hex|base64 (a binary key)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l partitioner -d 'With --key, the producers\' partitioner: murmur2_random (the Java client, Kafka\'s tools, kfk produce), consistent_random (librdkafka\'s default: kcat, confluent-kafka), fnv1a_random (Sarama), or the variants without _random' -r -f -a "random\t''
consistent\t''
consistent_random\t''
murmur2\t''
murmur2_random\t''
fnv1a\t''
fnv1a_random\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l header -d 'Only records with this header (repeatable; all must match)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l where -d 'Only records whose value, as JSON, has this field (a path of names, or indexes in arrays), e.g. customer.id=42 (repeatable; all must hold)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s e -l exit -d 'Stop at the end of each partition as it was when kfk started'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l value-json -d 'With --output json, embed values that are JSON documents as JSON, not strings'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l stats -d 'At the end, print records and bytes per partition and the rate on stderr'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s q -l quiet -d 'No notes on stderr (the filter summary, waiting for the group or the reader); warnings and errors still show'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l all-partitions -d 'With --key, read every partition, for producers with a partitioner of their own'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consume" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "list" -d 'List consumer groups with their state, type and member count'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "describe" -d 'Show a group\'s committed offsets, log start and end, lag and owner per partition, as kafka-consumer-groups.sh --describe does, with a summary line per group'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "lag" -d 'Diagnose consumer lag per group and topic: total lag, the worst partition, how many partitions lag, and how old the oldest unconsumed record is'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets. A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "copy-offsets" -d 'Copy a group\'s committed offsets to another group, on this cluster or another'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "delete" -d 'Delete consumer groups and their committed offsets. The broker refuses groups that still have members. Asks for confirmation unless --yes is given'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets for topics or partitions, so that the group starts there anew (at its auto.offset.reset). Needs Kafka 2.4 or newer (OffsetDelete). Asks for confirmation unless --yes is given'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets copy-offsets delete delete-offsets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l state -d 'Only groups in this state (Stable, Empty, Dead, PreparingRebalance, ...); repeatable' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l type -d 'Only groups of this type; repeatable' -r -f -a "classic\t''
consumer\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l concurrency -d 'Groups read at once: requests in flight to the group coordinators' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l all -d 'Describe every group'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l members -d 'Show members and their assignments instead of partitions'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l state -d 'Show each group\'s state, coordinator and assignment strategy'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l topic -d 'Only this topic' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l fail-above -d 'Exit with status 3 when a group\'s lag on a topic exceeds N records' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l fail-above-time -d 'Exit with status 3 when a group\'s oldest unconsumed record is older than this' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l watch -d 'Measure repeatedly, every INTERVAL' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l snapshots -d 'With --watch or --serve, stop after N measurements' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l alert -d 'Alert when a group on a topic breaks RULE, e.g. \'lag_seconds > 300\' (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l serve -d 'Serve the lag as Prometheus metrics on ADDR: PORT (loopback) or HOST:PORT' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l concurrency -d 'Groups read at once: requests in flight to the group coordinators' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l all -d 'Every group'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from lag" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l topic -d 'A topic, or some of its partitions (orders:0,2); repeatable' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l to-offset -d 'To this offset (0 or more; --shift-by moves relative to the committed offset)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l shift-by -d 'By N records (negative: back)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l to-datetime -d 'To the first record at or after TIME (RFC 3339, local \'YYYY-MM-DD HH:MM[:SS]\', @epoch-ms, or a duration ago)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l by-duration -d 'To the first record at or after DURATION ago (e.g. 2h)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l from-file -d 'To the offsets in a CSV file of topic,partition,offset lines' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l export -d 'Write the plan as CSV (topic,partition,offset)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l all-groups -d 'Every group'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l all-topics -d 'Every partition the group has committed'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l to-earliest -d 'To the log start'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l to-latest -d 'To the log end'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l to-current -d 'To the committed offset (no change; useful with --export)'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l execute -d 'Apply the plan (without it nothing changes)'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from reset-offsets" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l topic -d 'Only these topics (repeatable) [default: every topic the source group committed]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l to-brokers -d 'The destination group\'s cluster [default: the source\'s]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l to-profile -d 'The destination group\'s cluster, as a profile of the config file' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l execute -d 'Apply the plan (without it nothing changes)'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from copy-offsets" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l topic -d 'A topic, or some of its partitions (orders:0,2); repeatable' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -s y -l yes -d 'Do not ask for confirmation'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from delete-offsets" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List consumer groups with their state, type and member count'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show a group\'s committed offsets, log start and end, lag and owner per partition, as kafka-consumer-groups.sh --describe does, with a summary line per group'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "lag" -d 'Diagnose consumer lag per group and topic: total lag, the worst partition, how many partitions lag, and how old the oldest unconsumed record is'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets. A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "copy-offsets" -d 'Copy a group\'s committed offsets to another group, on this cluster or another'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete consumer groups and their committed offsets. The broker refuses groups that still have members. Asks for confirmation unless --yes is given'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets for topics or partitions, so that the group starts there anew (at its auto.offset.reset). Needs Kafka 2.4 or newer (OffsetDelete). Asks for confirmation unless --yes is given'
complete -c kfk -n "__fish_kfk_using_subcommand consumer-groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -s t -l topic -d 'Topic, optionally with partitions (orders:0,2); repeatable' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l time -d 'The moment to find' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -s g -l group -d 'Show (and with --execute, commit) the offsets for this consumer group' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l utc -d 'Read a TIME without a zone as UTC rather than local time'
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l execute -d 'Commit the offsets for --group (without it, a dry run)'
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand seek-to-timestamp" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -f -a "list" -d 'List share groups with their state; every broker is asked at once'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -f -a "describe" -d 'Describe a share group: its state, coordinator, epochs and assignor, and each member with its epoch and the partitions assigned to it (members of a share group share partitions, so one partition may be assigned to several)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -f -a "lag" -d 'Show a share group\'s lag: per partition, the start offset (every record below it is acknowledged), the log end, and the records between them, with the group\'s total. A partition the group has not fetched yet has no start offset'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -f -a "reset-offsets" -d 'Move an empty share group\'s start offsets on a topic: to the log start, the log end, or an offset. Records below the new start count as acknowledged; those from it on are delivered again. Shows each partition\'s start before and after; applies with --execute (the broker refuses while the group has members)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -f -a "delete-offsets" -d 'Delete an empty share group\'s offsets of whole topics: the group then starts those topics afresh (share.auto.offset.reset). Shows the partitions whose start offsets go; deletes with --execute (the broker refuses while the group has members)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and not __fish_seen_subcommand_from list describe lag reset-offsets delete-offsets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from lag" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -s t -l topic -d 'The topic whose partitions move' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l to-offset -d 'To this offset in every partition (within the log)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l to-earliest -d 'To the start of each partition\'s log'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l to-latest -d 'To the end of each partition\'s log (skip what is there)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l execute -d 'Move them; without this, kfk only shows the moves'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from reset-offsets" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -s t -l topic -d 'A topic whose offsets to delete (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l execute -d 'Delete them; without this, kfk only shows what would go'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from delete-offsets" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List share groups with their state; every broker is asked at once'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe a share group: its state, coordinator, epochs and assignor, and each member with its epoch and the partitions assigned to it (members of a share group share partitions, so one partition may be assigned to several)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from help" -f -a "lag" -d 'Show a share group\'s lag: per partition, the start offset (every record below it is acknowledged), the log end, and the records between them, with the group\'s total. A partition the group has not fetched yet has no start offset'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from help" -f -a "reset-offsets" -d 'Move an empty share group\'s start offsets on a topic: to the log start, the log end, or an offset. Records below the new start count as acknowledged; those from it on are delivered again. Shows each partition\'s start before and after; applies with --execute (the broker refuses while the group has members)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from help" -f -a "delete-offsets" -d 'Delete an empty share group\'s offsets of whole topics: the group then starts those topics afresh (share.auto.offset.reset). Shows the partitions whose start offsets go; deletes with --execute (the broker refuses while the group has members)'
complete -c kfk -n "__fish_kfk_using_subcommand share-groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -f -a "config" -d 'Show brokers\' configurations, each entry with its source (static broker, dynamic broker, dynamic default broker, default) and whether it is sensitive. Only entries set away from the default are shown unless --all-configs is given; sensitive values never are'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -f -a "alter-config" -d 'Change entries of a broker\'s dynamic configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -f -a "quorum" -d 'Show the KRaft metadata quorum: its leader, epoch and high watermark, and for each voter and observer its log end offset, how far it trails the leader, and when the leader last heard from it and last saw it caught up. What Apache\'s `kafka-metadata-quorum describe --status --replication` shows, in one view'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -f -a "log-dirs" -d 'Show where each broker keeps its data: every log directory with its size, free space and replica count, or with --replicas every replica in it with its size. During a move between directories (a future replica), the offset lag shows how far the new copy trails. What Apache\'s `kafka-log-dirs --describe` shows, as a table'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and not __fish_seen_subcommand_from config alter-config quorum log-dirs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l broker -d 'The broker whose configuration to show (default: every broker)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l all-configs -d 'Show every entry, defaults included'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l broker -d 'The broker whose configuration changes' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l set -d 'Set an entry (repeatable; the value may contain commas and \'=\')' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l delete -d 'Return an entry to its default (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l append -d 'Add items to a list entry, such as cleanup.policy (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l subtract -d 'Remove items from a list entry (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l execute -d 'Apply the change; without it, kfk only shows it'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from alter-config" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from quorum" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l broker -d 'Only this broker (repeatable; default: every broker)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -s t -l topic -d 'Only replicas of this topic (repeatable; default: every topic)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l replicas -d 'List every replica, not one line per directory'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from log-dirs" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "config" -d 'Show brokers\' configurations, each entry with its source (static broker, dynamic broker, dynamic default broker, default) and whether it is sensitive. Only entries set away from the default are shown unless --all-configs is given; sensitive values never are'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "alter-config" -d 'Change entries of a broker\'s dynamic configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "quorum" -d 'Show the KRaft metadata quorum: its leader, epoch and high watermark, and for each voter and observer its log end offset, how far it trails the leader, and when the leader last heard from it and last saw it caught up. What Apache\'s `kafka-metadata-quorum describe --status --replication` shows, in one view'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "log-dirs" -d 'Show where each broker keeps its data: every log directory with its size, free space and replica count, or with --replicas every replica in it with its size. During a move between directories (a future replica), the offset lag shows how far the new copy trails. What Apache\'s `kafka-log-dirs --describe` shows, as a table'
complete -c kfk -n "__fish_kfk_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l from -d 'Source topic' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l to -d 'Destination topic; with --to-header, the one for records without that header' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l to-header -d 'Write each record to the topic its header NAME names (redriving a dead-letter topic to where each record came from)' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l to-brokers -d 'Destination cluster, with the source\'s security settings [default: the source cluster]' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l to-profile -d 'Destination cluster, as a profile of the config file (its brokers, security and properties)' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -s g -l group -d 'Consumer group that reads the source and owns the committed offsets' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l group-protocol -d 'The group protocol: classic, or consumer (KIP-848, Kafka 4.0+: the broker assigns partitions, and copiers sharing the group move partitions one at a time)' -r -f -a "classic\t''
consumer\t''"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l transactional-id -d 'Transactional id [default: kfk-copy-GROUP-SRC-DST-INSTANCE]' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l instance -d 'This copier\'s number among several sharing --group' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l batch-records -d 'Records per transaction' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l batch-time -d 'Longest time to gather one transaction\'s records' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l start -d 'Where to start in partitions without a committed offset: the forms of `kfk consume --from` (beginning, end, N, -N, +N, a time, or per partition: 0=100,1=end)' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l until -d 'Stop at the source\'s end as it was at start: a snapshot copy (the default without --follow)' -r -f -a "end\t''"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l partitioning -d 'Destination partition: same as the source\'s, or by key hash (Java-compatible)' -r -f -a "same\t''
hash\t''"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l timestamp -d 'Record timestamps: keep the source\'s, or let the producer set now' -r -f -a "keep\t''
now\t''"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l key-regex -d 'Copy only records whose key matches this regular expression' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l header -d 'Copy only records with this header (repeatable; all must match)' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand copy" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l follow -d 'Keep copying new records instead of stopping at the source\'s end at start'
complete -c kfk -n "__fish_kfk_using_subcommand copy" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand copy" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand copy" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand backup" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand backup" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand backup" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand backup" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand backup" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand restore" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand restore" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l restart -d 'Start over, ignoring the progress of an earlier restore into TOPIC'
complete -c kfk -n "__fish_kfk_using_subcommand restore" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand restore" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand restore" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "describe" -d 'Show topics: each partition\'s leader, replicas, in-sync replicas (under-replicated partitions marked), log start and end offsets, and the topic\'s configuration with each entry\'s source. Only entries that differ from the default are shown unless --all-configs is given; sensitive values are never shown'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "create" -d 'Create a topic'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "delete" -d 'Delete a topic and all its records'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "alter-config" -d 'Change entries of a topic\'s configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "add-partitions" -d 'Raise a topic\'s partition count (CreatePartitions). A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "delete-records" -d 'Delete the oldest records of a topic\'s partitions (DeleteRecords): every record before an offset or a time. Shows how many go from each partition; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "elect-leaders" -d 'Elect partition leaders. A preferred election moves leadership back to each partition\'s preferred replica (the first of its assignment) where that replica is in sync: after a broker restart, its partitions stay led by others until then (unless auto.leader.rebalance.enable does it, every 5 minutes by default). An unclean election gives a leaderless partition a leader from its live replicas even if none is in sync, and loses the records that replica lacks: the last resort when the in-sync replicas are gone for good'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config add-partitions delete-records elect-leaders help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l exclude-internal -d 'Leave out internal topics (names starting with \'__\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l all -d 'Describe every topic of the cluster'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l all-configs -d 'Show every configuration entry, defaults included'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s p -l partitions -d 'Number of partitions [default: the broker\'s num.partitions]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s r -l replication-factor -d 'Number of replicas of each partition [default: the broker\'s default.replication.factor]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s c -l topic-config -d 'A topic config, e.g. retention.ms=86400000 (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l set -d 'Set an entry (repeatable; the value may contain commas and \'=\')' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l delete -d 'Return an entry to its default (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l append -d 'Add items to a list entry, such as cleanup.policy (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l subtract -d 'Remove items from a list entry (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l execute -d 'Apply the change; without it, kfk only shows it'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l to -d 'The partition count after the change (more than it has now)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l execute -d 'Apply the change; without it, kfk only shows it'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from add-partitions" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l before -d 'Delete the records before this: an offset, end (every record), a time (RFC 3339, \'YYYY-MM-DD HH:MM[:SS]\' local, @epoch-ms) or a duration ago (7d); per partition: 0=1500,1=end (other partitions are left alone)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l execute -d 'Delete the records; without it, kfk only shows what would go'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from delete-records" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -s p -l partition -d 'Only this partition of the topics named (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l type -d 'Which election' -r -f -a "preferred\t'back to each partition\'s preferred replica'
unclean\t'a leader for leaderless partitions, in sync or not (may lose records)'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l execute -d 'Elect; without this, kfk only shows the partitions it would move'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from elect-leaders" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show topics: each partition\'s leader, replicas, in-sync replicas (under-replicated partitions marked), log start and end offsets, and the topic\'s configuration with each entry\'s source. Only entries that differ from the default are shown unless --all-configs is given; sensitive values are never shown'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a topic'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a topic and all its records'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "alter-config" -d 'Change entries of a topic\'s configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "add-partitions" -d 'Raise a topic\'s partition count (CreatePartitions). A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "delete-records" -d 'Delete the oldest records of a topic\'s partitions (DeleteRecords): every record before an offset or a time. Shows how many go from each partition; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "elect-leaders" -d 'Elect partition leaders. A preferred election moves leadership back to each partition\'s preferred replica (the first of its assignment) where that replica is in sync: after a broker restart, its partitions stay led by others until then (unless auto.leader.rebalance.enable does it, every 5 minutes by default). An unclean election gives a leaderless partition a leader from its live replicas even if none is in sync, and loses the records that replica lacks: the last resort when the in-sync replicas are gone for good'
complete -c kfk -n "__fish_kfk_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted'
complete -c kfk -n "__fish_kfk_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted'
complete -c kfk -n "__fish_kfk_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -f -a "list" -d 'List access control lists (DescribeAcls), filtered by principal, host, resource type and name, pattern type, operation and permission'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -f -a "create" -d 'Create access control lists (CreateAcls): one per operation given. Shows them; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -f -a "delete" -d 'Delete the access control lists that match a filter (DeleteAcls). Lists what would go; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and not __fish_seen_subcommand_from list create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l principal -d 'Only ACLs of this principal, e.g. User:alice' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l host -d 'Only ACLs for this host' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l resource-type -d 'Only ACLs on this type of resource: topic, group, cluster, transactional-id' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l resource-name -d 'Only ACLs on this resource name' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l pattern-type -d 'How the resource name matches: match (every ACL that applies to the name, wildcard and prefixes included), literal, prefixed, or any (the name exactly, any pattern)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l operation -d 'Only ACLs for this operation' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l permission -d 'Only ACLs with this permission: allow or deny' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l principal -d 'Whom the ACLs are for, e.g. User:alice' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l host -d 'The host the principal connects from (\'*\' for any)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l operation -d 'The operations, comma-separated or repeated: all, read, write, create, delete, alter, describe, cluster-action, describe-configs, alter-configs, idempotent-write' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l permission -d 'allow or deny' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l resource-type -d 'topic, group, cluster or transactional-id' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l resource-name -d 'The resource\'s name (\'*\' for every one; the cluster needs none)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l pattern-type -d 'literal (the name exactly) or prefixed (every name that starts with it)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l execute -d 'Create the ACLs; without it, kfk only shows them'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l principal -d 'Only ACLs of this principal, e.g. User:alice' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l host -d 'Only ACLs for this host' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l resource-type -d 'Only ACLs on this type of resource: topic, group, cluster, transactional-id' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l resource-name -d 'Only ACLs on this resource name' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l pattern-type -d 'How the resource name matches: match (every ACL that applies to the name, wildcard and prefixes included), literal, prefixed, or any (the name exactly, any pattern)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l operation -d 'Only ACLs for this operation' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l permission -d 'Only ACLs with this permission: allow or deny' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l execute -d 'Delete the ACLs; without it, kfk only lists them'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "list" -d 'List access control lists (DescribeAcls), filtered by principal, host, resource type and name, pattern type, operation and permission'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create access control lists (CreateAcls): one per operation given. Shows them; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the access control lists that match a filter (DeleteAcls). Lists what would go; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -f -a "list" -d 'List SCRAM users (DescribeUserScramCredentials): each user\'s mechanisms and iteration counts. Nothing secret is stored in a form the broker could return'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -f -a "set-password" -d 'Create a SCRAM user or change their password (AlterUserScramCredentials). A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials (AlterUserScramCredentials), so they can no longer log in with them. A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand users; and not __fish_seen_subcommand_from list set-password delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l mechanism -d 'SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l iterations -d 'How many times the password is hashed (Kafka accepts 4096-16384)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l password-env -d 'Take the password from this environment variable' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l password-stdin -d 'Read the password from stdin (one trailing newline is dropped)'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l execute -d 'Set the password; without it, kfk only says what it would do'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from set-password" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l mechanism -d 'Only this mechanism\'s credential: SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l execute -d 'Delete; without it, kfk only says what it would do'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List SCRAM users (DescribeUserScramCredentials): each user\'s mechanisms and iteration counts. Nothing secret is stored in a form the broker could return'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "set-password" -d 'Create a SCRAM user or change their password (AlterUserScramCredentials). A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials (AlterUserScramCredentials), so they can no longer log in with them. A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -f -a "list" -d 'List client quotas: the byte rates, request percentage and controller mutation rate set for each user, client id, or user\'s client id, defaults included. Without a filter, every quota of the cluster; a filter names the parts an entity must have (a user given alone also lists that user\'s client-id quotas)'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -f -a "alter" -d 'Set or remove client quotas of a user, a client id, or a user\'s client id (named or the default). Shows each quota before and after, has the broker check the change, and applies it with --execute; the other quotas of the entity stay as they are'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and not __fish_seen_subcommand_from list alter help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l user -d 'A user: the principal name its login gives (SASL user, certificate\'s name)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l client-id -d 'A client id (the client.id a client sets)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l user-default -d 'The default user: quotas for every user without quotas of its own'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l client-default -d 'The default client id: quotas for every client id without quotas of its own'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l user -d 'A user: the principal name its login gives (SASL user, certificate\'s name)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l client-id -d 'A client id (the client.id a client sets)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l set -d 'Set a quota (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l delete -d 'Remove a quota (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l user-default -d 'The default user: quotas for every user without quotas of its own'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l client-default -d 'The default client id: quotas for every client id without quotas of its own'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l execute -d 'Apply the change; without it, kfk only shows it'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from alter" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from help" -f -a "list" -d 'List client quotas: the byte rates, request percentage and controller mutation rate set for each user, client id, or user\'s client id, defaults included. Without a filter, every quota of the cluster; a filter names the parts an entity must have (a user given alone also lists that user\'s client-id quotas)'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from help" -f -a "alter" -d 'Set or remove client quotas of a user, a client id, or a user\'s client id (named or the default). Shows each quota before and after, has the broker check the change, and applies it with --execute; the other quotas of the entity stay as they are'
complete -c kfk -n "__fish_kfk_using_subcommand quotas; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -f -a "generate" -d 'Plan moving the replicas of topics onto a set of brokers: every broker ends with the same number of replicas give or take one, and only what that needs moves (a replica on a broker of the set that is not over its share stays). Rack-aware unless --no-rack-aware: no two replicas of a partition share a rack while the brokers span enough racks. A partition\'s leader stays first where it stays at all; the others go to the brokers that lead the fewest'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -f -a "execute" -d 'Start moving replicas as a plan says (from `kfk reassign generate` or Apache\'s `kafka-reassign-partitions`). Shows each partition that moves, its replicas now and after; with --execute, writes the current assignment to a rollback plan (kfk-rollback-TOPICS-TIME.json, never over another), sets the throttle if asked, and starts the moves. A partition that is being reassigned already is refused'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -f -a "status" -d 'Show the reassignments in progress: each partition\'s replicas, the ones being added and removed, and how much of the leader\'s log each added replica holds so far'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -f -a "verify" -d 'Check that a plan\'s moves are done: each partition is complete (its replicas are the plan\'s), in progress, or not as planned (cancelled, or changed since). Once every partition is complete, --execute removes the replication throttle from the brokers and the plan\'s topics; without it, kfk says what remains'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -f -a "cancel" -d 'Cancel reassignments in progress (those of a plan, or all): each partition keeps the replicas it had before, and the replicas copied so far are dropped. Then removes the replication throttle from the brokers and the topics, unless --keep-throttle. Shows what it would cancel; cancels with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and not __fish_seen_subcommand_from generate execute status verify cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -s t -l topic -d 'A topic whose partitions to place (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l broker-ids -d 'The brokers to place replicas on, comma-separated' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l current-file -d 'Also write the current assignment, a plan that puts everything back, to this file' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l no-rack-aware -d 'Ignore the brokers\' racks'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l throttle -d 'Cap replication on the brokers involved while the moves run, in bytes per second (units: KB, MB, GB, or KiB, MiB, GiB)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l execute -d 'Start the moves; without this, kfk only shows them'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from execute" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l execute -d 'Remove the throttle once every move is complete'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l keep-throttle -d 'Leave the throttle in place'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l execute -d 'Cancel; without this, kfk only shows what it would cancel'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Plan moving the replicas of topics onto a set of brokers: every broker ends with the same number of replicas give or take one, and only what that needs moves (a replica on a broker of the set that is not over its share stays). Rack-aware unless --no-rack-aware: no two replicas of a partition share a rack while the brokers span enough racks. A partition\'s leader stays first where it stays at all; the others go to the brokers that lead the fewest'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from help" -f -a "execute" -d 'Start moving replicas as a plan says (from `kfk reassign generate` or Apache\'s `kafka-reassign-partitions`). Shows each partition that moves, its replicas now and after; with --execute, writes the current assignment to a rollback plan (kfk-rollback-TOPICS-TIME.json, never over another), sets the throttle if asked, and starts the moves. A partition that is being reassigned already is refused'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the reassignments in progress: each partition\'s replicas, the ones being added and removed, and how much of the leader\'s log each added replica holds so far'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check that a plan\'s moves are done: each partition is complete (its replicas are the plan\'s), in progress, or not as planned (cancelled, or changed since). Once every partition is complete, --execute removes the replication throttle from the brokers and the plan\'s topics; without it, kfk says what remains'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel reassignments in progress (those of a plan, or all): each partition keeps the replicas it had before, and the replicas copied so far are dropped. Then removes the replication throttle from the brokers and the topics, unless --keep-throttle. Shows what it would cancel; cancels with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand reassign; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -f -a "list" -d 'List the transactional ids the coordinators know, with each one\'s producer id and state (Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort, Dead, PrepareEpochFence). Every broker coordinates some; kfk asks them all at once'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -f -a "describe" -d 'Describe a transactional id at its coordinator: its producer id and epoch, state, timeout, when the open transaction began and the partitions it has written to'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -f -a "producers" -d 'Show the producers each partition\'s leader keeps state for: id, epoch, last sequence and write, and where an open transaction starts. A partition\'s last stable offset (where read_committed readers stop) cannot pass the start of an open transaction'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -f -a "find-hanging" -d 'Find hanging transactions: open on a partition, older than the longest transaction timeout, and not held open there by their coordinator, so that no producer and no timeout will ever end them and read_committed readers of the partition stop at their start (KIP-664). Each is shown with why it counts; `kfk transactions abort` ends one'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -f -a "abort" -d 'Abort the open transaction on one partition that starts at an offset: kfk writes the abort marker to the partition\'s leader as the transaction\'s coordinator would, and the partition\'s last stable offset moves on, so read_committed readers go past it. Meant for a hanging transaction (`kfk transactions find-hanging`); a transaction its producer still holds open is aborted on this partition only'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and not __fish_seen_subcommand_from list describe producers find-hanging abort help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l state -d 'Only transactions in this state (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l producer-id -d 'Only the transactional id of this producer id (repeatable)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -s t -l topic -d 'The topic' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -s p -l partition -d 'Only this partition' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from producers" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -s t -l topic -d 'Only partitions of this topic (repeatable; default: every topic)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -s p -l partition -d 'Only this partition (with --topic)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l older-than -d 'Only transactions whose last write is older than this: the brokers\' transaction.max.timeout.ms (15 minutes unless changed), after which no producer may still hold one open' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from find-hanging" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -s t -l topic -d 'The topic' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -s p -l partition -d 'The partition' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l start-offset -d 'The offset the transaction starts at (`kfk transactions producers` shows it)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l execute -d 'Abort it; without this, kfk only shows what it would abort'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from abort" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the transactional ids the coordinators know, with each one\'s producer id and state (Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort, Dead, PrepareEpochFence). Every broker coordinates some; kfk asks them all at once'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe a transactional id at its coordinator: its producer id and epoch, state, timeout, when the open transaction began and the partitions it has written to'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from help" -f -a "producers" -d 'Show the producers each partition\'s leader keeps state for: id, epoch, last sequence and write, and where an open transaction starts. A partition\'s last stable offset (where read_committed readers stop) cannot pass the start of an open transaction'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from help" -f -a "find-hanging" -d 'Find hanging transactions: open on a partition, older than the longest transaction timeout, and not held open there by their coordinator, so that no producer and no timeout will ever end them and read_committed readers of the partition stop at their start (KIP-664). Each is shown with why it counts; `kfk transactions abort` ends one'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from help" -f -a "abort" -d 'Abort the open transaction on one partition that starts at an offset: kfk writes the abort marker to the partition\'s leader as the transaction\'s coordinator would, and the partition\'s last stable offset moves on, so read_committed readers go past it. Meant for a hanging transaction (`kfk transactions find-hanging`); a transaction its producer still holds open is aborted on this partition only'
complete -c kfk -n "__fish_kfk_using_subcommand transactions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -f -a "produce" -d 'Load-test producing: send records as fast as the cluster takes them (or at --throughput), and report records/s, MB/s and the latency from send to acknowledgement (avg, max, p50, p95, p99, p99.9), as kafka-producer-perf-test.sh does'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -f -a "consume" -d 'Load-test consuming: read a topic as fast as the cluster serves it, alone (every partition from its start) or as a member of --group, and report records/s, MB/s, the time to the first record and, with --group, how long joining the group took (its first rebalance), as kafka-consumer-perf-test.sh does'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -f -a "e2e" -d 'End-to-end latency: produce records stamped with their send time, read them back, and report the time from send to receipt (avg, max, p50, p95, p99, p99.9), beside the producer\'s acknowledgement latency, as Kafka\'s end-to-end latency tool does'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and not __fish_seen_subcommand_from produce consume e2e help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s t -l topic -d 'Topic to write to' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s n -l num-records -d 'Records to send' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l duration -d 'Send for this long instead of a number of records' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l throughput -d 'Records per second at most [default: as fast as the cluster takes them]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l interval -d 'A progress line on stderr every INTERVAL [default: 5s on a terminal, else none]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l record-size -d 'Size of each record\'s value in bytes' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l payload-file -d 'Values to send, one per line, taken in turn' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l key-cardinality -d 'Give records keys, this many distinct ones [default: no keys]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l partitioner -d 'How keys map to partitions; murmur2_random matches the Java client' -r -f -a "random\t''
consistent\t''
consistent_random\t''
murmur2\t''
murmur2_random\t''
fnv1a\t''
fnv1a_random\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l acks -d 'Acknowledgements to wait for: all (every in-sync replica), 1 (leader), 0 (none)' -r -f -a "all\t'Every in-sync replica'
1\t'The leader only'
0\t'None'"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s z -l compression -d 'Compression codec' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l linger -d 'How long to wait to fill a batch [default: librdkafka\'s 5ms]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l batch-size -d 'Maximum batch size in bytes [default: librdkafka\'s 1000000]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l max-in-flight -d 'Maximum in-flight requests per broker connection [default: librdkafka\'s 1000000; 5 with idempotence]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l message-timeout -d 'How long a record may take to be delivered, retries included' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l transactional-id -d 'Write inside transactions with this transactional.id' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l txn-size -d 'Records per transaction [default: the whole input in one]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s q -l quiet -d 'No progress lines'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l no-idempotence -d 'Turn off the idempotent producer (on by default with --acks all)'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from produce" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s t -l topic -d 'Topic to read' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s n -l num-records -d 'Stop after N records' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s g -l group -d 'Read as a member of this consumer group (it commits nothing)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l group-protocol -d 'The group protocol: classic, or consumer (KIP-848, Kafka 4.0+: the broker assigns)' -r -f -a "classic\t''
consumer\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l isolation -d 'Which records to read: read-uncommitted, as Apache\'s tool, or only committed ones' -r -f -a "read_committed\t''
read_uncommitted\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l idle-timeout -d 'End the run when no record arrives for this long' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l interval -d 'A progress line on stderr every INTERVAL [default: 5s on a terminal, else none]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s e -l exit -d 'Stop at the end of every partition, as it was when the run began'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s q -l quiet -d 'No progress lines'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from consume" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s t -l topic -d 'Topic to write to and read from' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s n -l num-records -d 'Records to send' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l duration -d 'Send for this long instead of a number of records' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l throughput -d 'Records per second at most [default: as fast as the cluster takes them]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l interval -d 'A progress line on stderr every INTERVAL [default: 5s on a terminal, else none]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l record-size -d 'Size of each record\'s value in bytes (16 at least: the stamp)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s g -l group -d 'Read through this consumer group' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l isolation -d 'What the reader sees: every record, or only committed transactions\'' -r -f -a "read_committed\t''
read_uncommitted\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l idle-timeout -d 'How long to wait for records after the last one was sent (and for joining --group)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l partitioner -d 'How keys map to partitions; murmur2_random matches the Java client' -r -f -a "random\t''
consistent\t''
consistent_random\t''
murmur2\t''
murmur2_random\t''
fnv1a\t''
fnv1a_random\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l acks -d 'Acknowledgements to wait for: all (every in-sync replica), 1 (leader), 0 (none)' -r -f -a "all\t'Every in-sync replica'
1\t'The leader only'
0\t'None'"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s z -l compression -d 'Compression codec' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l linger -d 'How long to wait to fill a batch [default: librdkafka\'s 5ms]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l batch-size -d 'Maximum batch size in bytes [default: librdkafka\'s 1000000]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l max-in-flight -d 'Maximum in-flight requests per broker connection [default: librdkafka\'s 1000000; 5 with idempotence]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l message-timeout -d 'How long a record may take to be delivered, retries included' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l transactional-id -d 'Write inside transactions with this transactional.id' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l txn-size -d 'Records per transaction [default: the whole input in one]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s q -l quiet -d 'No progress lines'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l no-idempotence -d 'Turn off the idempotent producer (on by default with --acks all)'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from e2e" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from help" -f -a "produce" -d 'Load-test producing: send records as fast as the cluster takes them (or at --throughput), and report records/s, MB/s and the latency from send to acknowledgement (avg, max, p50, p95, p99, p99.9), as kafka-producer-perf-test.sh does'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from help" -f -a "consume" -d 'Load-test consuming: read a topic as fast as the cluster serves it, alone (every partition from its start) or as a member of --group, and report records/s, MB/s, the time to the first record and, with --group, how long joining the group took (its first rebalance), as kafka-consumer-perf-test.sh does'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from help" -f -a "e2e" -d 'End-to-end latency: produce records stamped with their send time, read them back, and report the time from send to receipt (avg, max, p50, p95, p99, p99.9), beside the producer\'s acknowledgement latency, as Kafka\'s end-to-end latency tool does'
complete -c kfk -n "__fish_kfk_using_subcommand perf; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -s n -l broker-count -d 'Number of brokers (the global -b/--brokers names brokers to connect to, so this is spelt differently)' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -s t -l topic -d 'Create a topic at start, NAME[:PARTITIONS] (repeatable; 1 partition by default)' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l group-initial-rebalance-delay -d 'How long a new consumer group waits for more members before its first assignment (Kafka\'s group.initial.rebalance.delay.ms: 3s in Kafka, 0 here as in most development setups, so a new group starts at once)' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand dev-cluster" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand completions" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand completions" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l live -d 'Complete topic and group names from the cluster, too'
complete -c kfk -n "__fish_kfk_using_subcommand completions" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand completions" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand commands" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand commands" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l json -d 'The tree as JSON (as --output json does); --output yaml gives it as YAML'
complete -c kfk -n "__fish_kfk_using_subcommand commands" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand commands" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand commands" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand commands" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand man" -s b -l brokers -d 'Bootstrap brokers, comma-separated [default: localhost:9092]' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile]' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l config -d 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand man" -s X -d 'Set any librdkafka property (repeatable); applied last, so it always wins' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l timeout -d 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l output -d 'How results print: tables, or the same data as JSON, YAML or CSV (the JSON\'s field names; CSV flattens nested fields into dotted columns)' -r -f -a "table\t'Tables for people (whitespace-separated columns in a pipe)'
json\t'The command\'s data as JSON'
yaml\t'The same data as YAML'
csv\t'The same data as CSV: one row per item, nested fields as dotted columns'"
complete -c kfk -n "__fish_kfk_using_subcommand man" -l security-protocol -d 'Protocol used to talk to brokers' -r -f -a "plaintext\t''
ssl\t''
sasl_plaintext\t''
sasl_ssl\t''"
complete -c kfk -n "__fish_kfk_using_subcommand man" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "PLAIN\t''
SCRAM-SHA-256\t''
SCRAM-SHA-512\t''
OAUTHBEARER\t''
GSSAPI\t''"
complete -c kfk -n "__fish_kfk_using_subcommand man" -l sasl-username -d 'SASL username' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l sasl-password -d 'SASL password (prefer the environment variable or a profile to a flag)' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l ca-cert -d 'CA certificate (PEM) to verify brokers with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand man" -l client-cert -d 'Client certificate (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand man" -l client-key -d 'Client private key (PEM) for TLS client authentication' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand man" -l oauth-method -d 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)' -r -f -a "oidc\t''
default\t''"
complete -c kfk -n "__fish_kfk_using_subcommand man" -l oauth-token-endpoint -d 'The OIDC token endpoint' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l oauth-client-id -d 'The OIDC client id' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l oauth-scope -d 'The scope to ask tokens for' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l oauth-extensions -d 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l kerberos-service-name -d 'The brokers\' Kerberos service name [default: kafka]' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l kerberos-principal -d 'The client\'s principal, e.g. svc-orders@EXAMPLE.COM' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l kerberos-keytab -d 'The keytab holding the principal\'s key; without one, kfk uses the ticket you already have (from kinit)' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand man" -l kerberos-kinit-cmd -d 'The command that gets a ticket from the keytab [default: librdkafka\'s kinit]' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l schema-registry -d 'The Schema Registry\'s URL (decodes framed records in consume)' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l schema-registry-username -d 'The registry\'s user for HTTP Basic authentication (the password comes from KFK_SCHEMA_REGISTRY_PASSWORD or a profile)' -r
complete -c kfk -n "__fish_kfk_using_subcommand man" -l schema-registry-ca -d 'A CA certificate (PEM) to verify the registry with' -r -F
complete -c kfk -n "__fish_kfk_using_subcommand man" -l no-config -d 'Do not read any config file'
complete -c kfk -n "__fish_kfk_using_subcommand man" -s v -l verbose -d 'Show librdkafka\'s log; -v adds broker/protocol debug contexts, -vv all of them'
complete -c kfk -n "__fish_kfk_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kfk -n "__fish_kfk_using_subcommand man" -s V -l version -d 'Print version'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "produce" -d 'Write records to a topic from stdin or files, one per line by default'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "consume" -d 'Read records from topics: tail them, read exact ranges, or consume as a group'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "consumer-groups" -d 'Inspect consumer groups, diagnose lag and move committed offsets'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "seek-to-timestamp" -d 'Find the offsets of a moment in time, and optionally move a consumer group there'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "share-groups" -d 'Inspect share groups (KIP-932) and move or delete their offsets'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "cluster" -d 'Show the cluster: its id, its controller, each broker (id, host:port, rack), and how many topics and partitions it holds, with the under-replicated ones counted'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "copy" -d 'Copy a topic to another topic or cluster with exactly-once transactions'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "backup" -d 'Back a topic up to files: every record a read_committed reader sees, as the topic is when kfk starts, with key, value, headers, timestamp, partition and offset'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "restore" -d 'Write a backup (`kfk backup`) back to a topic: each record to its partition, with its key, value, headers and timestamp'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "topics" -d 'List, describe, create and delete topics'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "config" -d 'Show kfk\'s effective configuration'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "acls" -d 'List, create and delete access control lists'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "users" -d 'List SCRAM users, set their passwords and delete them'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "quotas" -d 'List and change client quotas of users and client ids'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "reassign" -d 'Move partition replicas between brokers: plan, execute with a throttle, follow, verify, cancel'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "transactions" -d 'List and describe transactions, find hanging ones and abort them'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "perf" -d 'Load and latency tests: produce, consume, and end to end'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "dev-cluster" -d 'Run librdkafka\'s mock cluster in the foreground: an in-memory Kafka-protocol cluster for trying kfk and for benchmarks, with no Kafka at hand'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "commands" -d 'List every command; with --json, the whole tree with each command\'s flags'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "man" -d 'Write man pages, one per command and subcommand, into a directory'
complete -c kfk -n "__fish_kfk_using_subcommand help; and not __fish_seen_subcommand_from produce consume consumer-groups seek-to-timestamp share-groups cluster copy backup restore topics config acls users quotas reassign transactions perf dev-cluster completions commands man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from consumer-groups" -f -a "list" -d 'List consumer groups with their state, type and member count'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from consumer-groups" -f -a "describe" -d 'Show a group\'s committed offsets, log start and end, lag and owner per partition, as kafka-consumer-groups.sh --describe does, with a summary line per group'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from consumer-groups" -f -a "lag" -d 'Diagnose consumer lag per group and topic: total lag, the worst partition, how many partitions lag, and how old the oldest unconsumed record is'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from consumer-groups" -f -a "reset-offsets" -d 'Move a group\'s committed offsets. A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from consumer-groups" -f -a "copy-offsets" -d 'Copy a group\'s committed offsets to another group, on this cluster or another'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from consumer-groups" -f -a "delete" -d 'Delete consumer groups and their committed offsets. The broker refuses groups that still have members. Asks for confirmation unless --yes is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from consumer-groups" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets for topics or partitions, so that the group starts there anew (at its auto.offset.reset). Needs Kafka 2.4 or newer (OffsetDelete). Asks for confirmation unless --yes is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from share-groups" -f -a "list" -d 'List share groups with their state; every broker is asked at once'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from share-groups" -f -a "describe" -d 'Describe a share group: its state, coordinator, epochs and assignor, and each member with its epoch and the partitions assigned to it (members of a share group share partitions, so one partition may be assigned to several)'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from share-groups" -f -a "lag" -d 'Show a share group\'s lag: per partition, the start offset (every record below it is acknowledged), the log end, and the records between them, with the group\'s total. A partition the group has not fetched yet has no start offset'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from share-groups" -f -a "reset-offsets" -d 'Move an empty share group\'s start offsets on a topic: to the log start, the log end, or an offset. Records below the new start count as acknowledged; those from it on are delivered again. Shows each partition\'s start before and after; applies with --execute (the broker refuses while the group has members)'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from share-groups" -f -a "delete-offsets" -d 'Delete an empty share group\'s offsets of whole topics: the group then starts those topics afresh (share.auto.offset.reset). Shows the partitions whose start offsets go; deletes with --execute (the broker refuses while the group has members)'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "config" -d 'Show brokers\' configurations, each entry with its source (static broker, dynamic broker, dynamic default broker, default) and whether it is sensitive. Only entries set away from the default are shown unless --all-configs is given; sensitive values never are'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "alter-config" -d 'Change entries of a broker\'s dynamic configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "quorum" -d 'Show the KRaft metadata quorum: its leader, epoch and high watermark, and for each voter and observer its log end offset, how far it trails the leader, and when the leader last heard from it and last saw it caught up. What Apache\'s `kafka-metadata-quorum describe --status --replication` shows, in one view'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "log-dirs" -d 'Show where each broker keeps its data: every log directory with its size, free space and replica count, or with --replicas every replica in it with its size. During a move between directories (a future replica), the offset lag shows how far the new copy trails. What Apache\'s `kafka-log-dirs --describe` shows, as a table'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "describe" -d 'Show topics: each partition\'s leader, replicas, in-sync replicas (under-replicated partitions marked), log start and end offsets, and the topic\'s configuration with each entry\'s source. Only entries that differ from the default are shown unless --all-configs is given; sensitive values are never shown'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "create" -d 'Create a topic'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "delete" -d 'Delete a topic and all its records'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "alter-config" -d 'Change entries of a topic\'s configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "add-partitions" -d 'Raise a topic\'s partition count (CreatePartitions). A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "delete-records" -d 'Delete the oldest records of a topic\'s partitions (DeleteRecords): every record before an offset or a time. Shows how many go from each partition; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "elect-leaders" -d 'Elect partition leaders. A preferred election moves leadership back to each partition\'s preferred replica (the first of its assignment) where that replica is in sync: after a broker restart, its partitions stay led by others until then (unless auto.leader.rebalance.enable does it, every 5 minutes by default). An unclean election gives a leaderless partition a leader from its live replicas even if none is in sync, and loses the records that replica lacks: the last resort when the in-sync replicas are gone for good'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "list" -d 'List access control lists (DescribeAcls), filtered by principal, host, resource type and name, pattern type, operation and permission'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "create" -d 'Create access control lists (CreateAcls): one per operation given. Shows them; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "delete" -d 'Delete the access control lists that match a filter (DeleteAcls). Lists what would go; a dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List SCRAM users (DescribeUserScramCredentials): each user\'s mechanisms and iteration counts. Nothing secret is stored in a form the broker could return'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "set-password" -d 'Create a SCRAM user or change their password (AlterUserScramCredentials). A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user\'s SCRAM credentials (AlterUserScramCredentials), so they can no longer log in with them. A dry run unless --execute is given'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from quotas" -f -a "list" -d 'List client quotas: the byte rates, request percentage and controller mutation rate set for each user, client id, or user\'s client id, defaults included. Without a filter, every quota of the cluster; a filter names the parts an entity must have (a user given alone also lists that user\'s client-id quotas)'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from quotas" -f -a "alter" -d 'Set or remove client quotas of a user, a client id, or a user\'s client id (named or the default). Shows each quota before and after, has the broker check the change, and applies it with --execute; the other quotas of the entity stay as they are'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from reassign" -f -a "generate" -d 'Plan moving the replicas of topics onto a set of brokers: every broker ends with the same number of replicas give or take one, and only what that needs moves (a replica on a broker of the set that is not over its share stays). Rack-aware unless --no-rack-aware: no two replicas of a partition share a rack while the brokers span enough racks. A partition\'s leader stays first where it stays at all; the others go to the brokers that lead the fewest'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from reassign" -f -a "execute" -d 'Start moving replicas as a plan says (from `kfk reassign generate` or Apache\'s `kafka-reassign-partitions`). Shows each partition that moves, its replicas now and after; with --execute, writes the current assignment to a rollback plan (kfk-rollback-TOPICS-TIME.json, never over another), sets the throttle if asked, and starts the moves. A partition that is being reassigned already is refused'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from reassign" -f -a "status" -d 'Show the reassignments in progress: each partition\'s replicas, the ones being added and removed, and how much of the leader\'s log each added replica holds so far'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from reassign" -f -a "verify" -d 'Check that a plan\'s moves are done: each partition is complete (its replicas are the plan\'s), in progress, or not as planned (cancelled, or changed since). Once every partition is complete, --execute removes the replication throttle from the brokers and the plan\'s topics; without it, kfk says what remains'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from reassign" -f -a "cancel" -d 'Cancel reassignments in progress (those of a plan, or all): each partition keeps the replicas it had before, and the replicas copied so far are dropped. Then removes the replication throttle from the brokers and the topics, unless --keep-throttle. Shows what it would cancel; cancels with --execute'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from transactions" -f -a "list" -d 'List the transactional ids the coordinators know, with each one\'s producer id and state (Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort, Dead, PrepareEpochFence). Every broker coordinates some; kfk asks them all at once'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from transactions" -f -a "describe" -d 'Describe a transactional id at its coordinator: its producer id and epoch, state, timeout, when the open transaction began and the partitions it has written to'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from transactions" -f -a "producers" -d 'Show the producers each partition\'s leader keeps state for: id, epoch, last sequence and write, and where an open transaction starts. A partition\'s last stable offset (where read_committed readers stop) cannot pass the start of an open transaction'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from transactions" -f -a "find-hanging" -d 'Find hanging transactions: open on a partition, older than the longest transaction timeout, and not held open there by their coordinator, so that no producer and no timeout will ever end them and read_committed readers of the partition stop at their start (KIP-664). Each is shown with why it counts; `kfk transactions abort` ends one'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from transactions" -f -a "abort" -d 'Abort the open transaction on one partition that starts at an offset: kfk writes the abort marker to the partition\'s leader as the transaction\'s coordinator would, and the partition\'s last stable offset moves on, so read_committed readers go past it. Meant for a hanging transaction (`kfk transactions find-hanging`); a transaction its producer still holds open is aborted on this partition only'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from perf" -f -a "produce" -d 'Load-test producing: send records as fast as the cluster takes them (or at --throughput), and report records/s, MB/s and the latency from send to acknowledgement (avg, max, p50, p95, p99, p99.9), as kafka-producer-perf-test.sh does'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from perf" -f -a "consume" -d 'Load-test consuming: read a topic as fast as the cluster serves it, alone (every partition from its start) or as a member of --group, and report records/s, MB/s, the time to the first record and, with --group, how long joining the group took (its first rebalance), as kafka-consumer-perf-test.sh does'
complete -c kfk -n "__fish_kfk_using_subcommand help; and __fish_seen_subcommand_from perf" -f -a "e2e" -d 'End-to-end latency: produce records stamped with their send time, read them back, and report the time from send to receipt (avg, max, p50, p95, p99, p99.9), beside the producer\'s acknowledgement latency, as Kafka\'s end-to-end latency tool does'
