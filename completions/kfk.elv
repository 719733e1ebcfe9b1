
use builtin;
use str;

set edit:completion:arg-completer[kfk] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kfk'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kfk'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand produce 'Write records to a topic from stdin or files, one per line by default'
            cand consume 'Read records from topics: tail them, read exact ranges, or consume as a group'
            cand consumer-groups 'Inspect consumer groups, diagnose lag and move committed offsets'
            cand seek-to-timestamp 'Find the offsets of a moment in time, and optionally move a consumer group there'
            cand copy 'Copy a topic to another topic or cluster with exactly-once transactions'
            cand topics 'List, describe, create and delete topics'
            cand config 'Show kfk''s effective configuration'
            cand dev-cluster 'Run librdkafka''s mock cluster in the foreground: an in-memory Kafka-protocol cluster for trying kfk and for benchmarks, with no Kafka at hand'
            cand completions 'Print a shell completion script to stdout'
            cand man 'Write man pages, one per command and subcommand, into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;produce'= {
            cand -t 'Topic to write to'
            cand --topic 'Topic to write to'
            cand --input 'How input is read'
            cand -D 'Record delimiter, with escapes (\n \t \0 \xHH) [default: \n]'
            cand --delimiter 'Record delimiter, with escapes (\n \t \0 \xHH) [default: \n]'
            cand -K 'Split each record into key and value at the first SEP (no SEP: null key)'
            cand --key-delimiter 'Split each record into key and value at the first SEP (no SEP: null key)'
            cand -H 'Add a header to every record (repeatable)'
            cand --header 'Add a header to every record (repeatable)'
            cand -p 'Write every record to this partition'
            cand --partition 'Write every record to this partition'
            cand --partitioner 'How keys map to partitions; murmur2_random matches the Java client'
            cand --acks 'Acknowledgements to wait for: all (every in-sync replica), 1 (leader), 0 (none)'
            cand -z 'Compression codec'
            cand --compression 'Compression codec'
            cand --linger 'How long to wait to fill a batch [default: librdkafka''s 5ms]'
            cand --batch-size 'Maximum batch size in bytes [default: librdkafka''s 1000000]'
            cand --max-in-flight 'Maximum in-flight requests per broker connection [default: librdkafka''s 1000000; 5 with idempotence]'
            cand --message-timeout 'How long a record may take to be delivered, retries included'
            cand --transactional-id 'Write inside transactions with this transactional.id'
            cand --txn-size 'Records per transaction [default: the whole input in one]'
            cand --failed-file 'Save every record that was not delivered here, in the input''s framing'
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --whole-file 'Each input file is one record'
            cand -Z 'Send an empty value as null (a tombstone)'
            cand --null-empty 'Send an empty value as null (a tombstone)'
            cand --no-idempotence 'Turn off the idempotent producer (on by default with --acks all)'
            cand --report 'Print partition@offset and the line number of every delivered record on stdout'
            cand --skip-invalid 'Report and skip malformed JSON lines instead of stopping (exit status 3)'
            cand -q 'No progress bar and no summary line'
            cand --quiet 'No progress bar and no summary line'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;consume'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;consumer-groups'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List consumer groups with their state and member count'
            cand describe 'Show a group''s committed offsets, log end and lag per partition, and its members'
            cand lag 'Diagnose consumer lag per group and topic, once or as a live watch'
            cand reset-offsets 'Move a group''s committed offsets; a dry run unless --execute is given'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;consumer-groups;list'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;consumer-groups;describe'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;consumer-groups;lag'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;consumer-groups;reset-offsets'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;consumer-groups;help'= {
            cand list 'List consumer groups with their state and member count'
            cand describe 'Show a group''s committed offsets, log end and lag per partition, and its members'
            cand lag 'Diagnose consumer lag per group and topic, once or as a live watch'
            cand reset-offsets 'Move a group''s committed offsets; a dry run unless --execute is given'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;consumer-groups;help;list'= {
        }
        &'kfk;consumer-groups;help;describe'= {
        }
        &'kfk;consumer-groups;help;lag'= {
        }
        &'kfk;consumer-groups;help;reset-offsets'= {
        }
        &'kfk;consumer-groups;help;help'= {
        }
        &'kfk;seek-to-timestamp'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;copy'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;topics'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List topics with their partition count and replication factor'
            cand describe 'Show a topic''s partitions (leader, replicas, in-sync replicas, log start and end offsets) and its configuration'
            cand create 'Create a topic'
            cand delete 'Delete a topic and all its records'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;topics;list'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --exclude-internal 'Leave out internal topics (names starting with ''__'')'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;topics;describe'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;topics;create'= {
            cand -p 'Number of partitions [default: the broker''s num.partitions]'
            cand --partitions 'Number of partitions [default: the broker''s num.partitions]'
            cand -r 'Number of replicas of each partition [default: the broker''s default.replication.factor]'
            cand --replication-factor 'Number of replicas of each partition [default: the broker''s default.replication.factor]'
            cand -c 'A topic config, e.g. retention.ms=86400000 (repeatable)'
            cand --topic-config 'A topic config, e.g. retention.ms=86400000 (repeatable)'
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;topics;delete'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;topics;help'= {
            cand list 'List topics with their partition count and replication factor'
            cand describe 'Show a topic''s partitions (leader, replicas, in-sync replicas, log start and end offsets) and its configuration'
            cand create 'Create a topic'
            cand delete 'Delete a topic and all its records'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;topics;help;list'= {
        }
        &'kfk;topics;help;describe'= {
        }
        &'kfk;topics;help;create'= {
        }
        &'kfk;topics;help;delete'= {
        }
        &'kfk;topics;help;help'= {
        }
        &'kfk;config'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;config;show'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;config;help'= {
            cand show 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;config;help;show'= {
        }
        &'kfk;config;help;help'= {
        }
        &'kfk;dev-cluster'= {
            cand -n 'Number of brokers (the global -b/--brokers names brokers to connect to, so this is spelt differently)'
            cand --broker-count 'Number of brokers (the global -b/--brokers names brokers to connect to, so this is spelt differently)'
            cand -t 'Create a topic at start, NAME[:PARTITIONS] (repeatable; 1 partition by default)'
            cand --topic 'Create a topic at start, NAME[:PARTITIONS] (repeatable; 1 partition by default)'
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;completions'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;man'= {
            cand -b 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --brokers 'Bootstrap brokers, comma-separated [default: localhost:9092]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile]'
            cand --config 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]'
            cand -X 'Set any librdkafka property (repeatable); applied last, so it always wins'
            cand --timeout 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m'
            cand --output 'Output format where a command prints records or tables'
            cand --security-protocol 'Protocol used to talk to brokers'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable or a profile to a flag)'
            cand --ca-cert 'CA certificate (PEM) to verify brokers with'
            cand --client-cert 'Client certificate (PEM) for TLS client authentication'
            cand --client-key 'Client private key (PEM) for TLS client authentication'
            cand --no-config 'Do not read any config file'
            cand -v 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand --verbose 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kfk;help'= {
            cand produce 'Write records to a topic from stdin or files, one per line by default'
            cand consume 'Read records from topics: tail them, read exact ranges, or consume as a group'
            cand consumer-groups 'Inspect consumer groups, diagnose lag and move committed offsets'
            cand seek-to-timestamp 'Find the offsets of a moment in time, and optionally move a consumer group there'
            cand copy 'Copy a topic to another topic or cluster with exactly-once transactions'
            cand topics 'List, describe, create and delete topics'
            cand config 'Show kfk''s effective configuration'
            cand dev-cluster 'Run librdkafka''s mock cluster in the foreground: an in-memory Kafka-protocol cluster for trying kfk and for benchmarks, with no Kafka at hand'
            cand completions 'Print a shell completion script to stdout'
            cand man 'Write man pages, one per command and subcommand, into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kfk;help;produce'= {
        }
        &'kfk;help;consume'= {
        }
        &'kfk;help;consumer-groups'= {
            cand list 'List consumer groups with their state and member count'
            cand describe 'Show a group''s committed offsets, log end and lag per partition, and its members'
            cand lag 'Diagnose consumer lag per group and topic, once or as a live watch'
            cand reset-offsets 'Move a group''s committed offsets; a dry run unless --execute is given'
        }
        &'kfk;help;consumer-groups;list'= {
        }
        &'kfk;help;consumer-groups;describe'= {
        }
        &'kfk;help;consumer-groups;lag'= {
        }
        &'kfk;help;consumer-groups;reset-offsets'= {
        }
        &'kfk;help;seek-to-timestamp'= {
        }
        &'kfk;help;copy'= {
        }
        &'kfk;help;topics'= {
            cand list 'List topics with their partition count and replication factor'
            cand describe 'Show a topic''s partitions (leader, replicas, in-sync replicas, log start and end offsets) and its configuration'
            cand create 'Create a topic'
            cand delete 'Delete a topic and all its records'
        }
        &'kfk;help;topics;list'= {
        }
        &'kfk;help;topics;describe'= {
        }
        &'kfk;help;topics;create'= {
        }
        &'kfk;help;topics;delete'= {
        }
        &'kfk;help;config'= {
            cand show 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted'
        }
        &'kfk;help;config;show'= {
        }
        &'kfk;help;dev-cluster'= {
        }
        &'kfk;help;completions'= {
        }
        &'kfk;help;man'= {
        }
        &'kfk;help;help'= {
        }
    ]
    $completions[$command]
}
