
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kfk' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kfk'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kfk' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Write records to a topic from stdin or files, one per line by default')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Read records from topics: tail them, read exact ranges, or consume as a group')
            [CompletionResult]::new('consumer-groups', 'consumer-groups', [CompletionResultType]::ParameterValue, 'Inspect consumer groups, diagnose lag and move committed offsets')
            [CompletionResult]::new('seek-to-timestamp', 'seek-to-timestamp', [CompletionResultType]::ParameterValue, 'Find the offsets of a moment in time, and optionally move a consumer group there')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: its id, its controller, each broker (id, host:port, rack), and how many topics and partitions it holds, with the under-replicated ones counted')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a topic to another topic or cluster with exactly-once transactions')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List, describe, create and delete topics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show kfk''s effective configuration')
            [CompletionResult]::new('acls', 'acls', [CompletionResultType]::ParameterValue, 'List, create and delete access control lists')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List SCRAM users, set their passwords and delete them')
            [CompletionResult]::new('dev-cluster', 'dev-cluster', [CompletionResultType]::ParameterValue, 'Run librdkafka''s mock cluster in the foreground: an in-memory Kafka-protocol cluster for trying kfk and for benchmarks, with no Kafka at hand')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages, one per command and subcommand, into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;produce' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Topic to write to')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic to write to')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'How input is read')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Record delimiter, with escapes (\n \t \0 \xHH) [default: \n]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Record delimiter, with escapes (\n \t \0 \xHH) [default: \n]')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Split each record into key and value at the first SEP (no SEP: null key)')
            [CompletionResult]::new('--key-delimiter', '--key-delimiter', [CompletionResultType]::ParameterName, 'Split each record into key and value at the first SEP (no SEP: null key)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every record (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every record (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Write every record to this partition')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Write every record to this partition')
            [CompletionResult]::new('--partitioner', '--partitioner', [CompletionResultType]::ParameterName, 'How keys map to partitions; murmur2_random matches the Java client')
            [CompletionResult]::new('--acks', '--acks', [CompletionResultType]::ParameterName, 'Acknowledgements to wait for: all (every in-sync replica), 1 (leader), 0 (none)')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Compression codec')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec')
            [CompletionResult]::new('--linger', '--linger', [CompletionResultType]::ParameterName, 'How long to wait to fill a batch [default: librdkafka''s 5ms]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Maximum batch size in bytes [default: librdkafka''s 1000000]')
            [CompletionResult]::new('--max-in-flight', '--max-in-flight', [CompletionResultType]::ParameterName, 'Maximum in-flight requests per broker connection [default: librdkafka''s 1000000; 5 with idempotence]')
            [CompletionResult]::new('--message-timeout', '--message-timeout', [CompletionResultType]::ParameterName, 'How long a record may take to be delivered, retries included')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'Write inside transactions with this transactional.id')
            [CompletionResult]::new('--txn-size', '--txn-size', [CompletionResultType]::ParameterName, 'Records per transaction [default: the whole input in one]')
            [CompletionResult]::new('--failed-file', '--failed-file', [CompletionResultType]::ParameterName, 'Save every record that was not delivered here, in the input''s framing')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--whole-file', '--whole-file', [CompletionResultType]::ParameterName, 'Each input file is one record')
            [CompletionResult]::new('--keep-cr', '--keep-cr', [CompletionResultType]::ParameterName, 'Keep a carriage return before each newline as part of the record (kcat''s way); by default lines ending in \r\n are read as lines, as Kafka''s console producer does')
            [CompletionResult]::new('-Z', '-Z ', [CompletionResultType]::ParameterName, 'Send an empty value as null (a tombstone)')
            [CompletionResult]::new('--null-empty', '--null-empty', [CompletionResultType]::ParameterName, 'Send an empty value as null (a tombstone)')
            [CompletionResult]::new('--no-idempotence', '--no-idempotence', [CompletionResultType]::ParameterName, 'Turn off the idempotent producer (on by default with --acks all)')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Print partition@offset and the line number of every delivered record on stdout')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Report, save (--failed-file) and skip invalid JSON lines instead of stopping (exit status 3)')
            [CompletionResult]::new('--ignore-partition', '--ignore-partition', [CompletionResultType]::ParameterName, 'Place JSON records by key with the partitioner, not by their "partition"')
            [CompletionResult]::new('--ignore-timestamp', '--ignore-timestamp', [CompletionResultType]::ParameterName, 'Let the producer stamp JSON records with the current time, not their "timestamp"')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bar and no summary line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bar and no summary line')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consume' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Topic to read, optionally with partitions (orders:0,2); repeatable')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic to read, optionally with partitions (orders:0,2); repeatable')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'Read every topic whose name matches this regular expression')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these partitions of every topic, e.g. 0,2,4-6')
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'Only these partitions of every topic, e.g. 0,2,4-6')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to start (see above); kcat''s -o e@MS (stop time) sets --until [default: end when following, else beginning; stored with --group]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to start (see above); kcat''s -o e@MS (stop time) sets --until [default: end when following, else beginning; stored with --group]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Where to stop, per partition: an offset (not included), end, or a time')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Stop after N records in all')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N records in all')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Print each record with this format (kcat''s tokens, see above)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print each record with this format (kcat''s tokens, see above)')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Print the key, SEP and the value on each line, as kcat -C -K does')
            [CompletionResult]::new('--key-delimiter', '--key-delimiter', [CompletionResultType]::ParameterName, 'Print the key, SEP and the value on each line, as kcat -C -K does')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consume as a member of this consumer group')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consume as a member of this consumer group')
            [CompletionResult]::new('--assignment-strategy', '--assignment-strategy', [CompletionResultType]::ParameterName, 'How the group spreads partitions over its members')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'When offsets are committed: after writing (at-least-once), before (at-most-once), none')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'The group''s session.timeout.ms, e.g. 45s')
            [CompletionResult]::new('--heartbeat-interval', '--heartbeat-interval', [CompletionResultType]::ParameterName, 'The group''s heartbeat.interval.ms, e.g. 3s')
            [CompletionResult]::new('--max-poll-interval', '--max-poll-interval', [CompletionResultType]::ParameterName, 'The group''s max.poll.interval.ms, e.g. 5m')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'read_committed hides records of aborted transactions')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Stop at the end of each partition as it was when kfk started')
            [CompletionResult]::new('--exit', '--exit', [CompletionResultType]::ParameterName, 'Stop at the end of each partition as it was when kfk started')
            [CompletionResult]::new('--value-json', '--value-json', [CompletionResultType]::ParameterName, 'With --output json, embed values that are JSON documents as JSON, not strings')
            [CompletionResult]::new('--stats', '--stats', [CompletionResultType]::ParameterName, 'At the end, print records and bytes per partition and the rate on stderr')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consumer-groups' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List consumer groups with their state and member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a group''s committed offsets, log start and end, lag and owner per partition, as kafka-consumer-groups.sh --describe does, with a summary line per group')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Diagnose consumer lag per group and topic: total lag, the worst partition, how many partitions lag, and how old the oldest unconsumed record is')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets. A dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets. The broker refuses groups that still have members. Asks for confirmation unless --yes is given')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics or partitions, so that the group starts there anew (at its auto.offset.reset). Needs Kafka 2.4 or newer (OffsetDelete). Asks for confirmation unless --yes is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;consumer-groups;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only groups in this state (Stable, Empty, Dead, PreparingRebalance, ...); repeatable')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consumer-groups;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Describe every group')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'Show members and their assignments instead of partitions')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Show each group''s state, coordinator and assignment strategy')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consumer-groups;lag' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only this topic')
            [CompletionResult]::new('--fail-above', '--fail-above', [CompletionResultType]::ParameterName, 'Exit with status 3 when a group''s lag on a topic exceeds N records')
            [CompletionResult]::new('--fail-above-time', '--fail-above-time', [CompletionResultType]::ParameterName, 'Exit with status 3 when a group''s oldest unconsumed record is older than this')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Measure repeatedly, every INTERVAL')
            [CompletionResult]::new('--snapshots', '--snapshots', [CompletionResultType]::ParameterName, 'With --watch, stop after N snapshots')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every group')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consumer-groups;reset-offsets' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'A topic, or some of its partitions (orders:0,2); repeatable')
            [CompletionResult]::new('--to-offset', '--to-offset', [CompletionResultType]::ParameterName, 'To this offset (0 or more; --shift-by moves relative to the committed offset)')
            [CompletionResult]::new('--shift-by', '--shift-by', [CompletionResultType]::ParameterName, 'By N records (negative: back)')
            [CompletionResult]::new('--to-datetime', '--to-datetime', [CompletionResultType]::ParameterName, 'To the first record at or after TIME (RFC 3339, local ''YYYY-MM-DD HH:MM[:SS]'', @epoch-ms, or a duration ago)')
            [CompletionResult]::new('--by-duration', '--by-duration', [CompletionResultType]::ParameterName, 'To the first record at or after DURATION ago (e.g. 2h)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'To the offsets in a CSV file of topic,partition,offset lines')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Write the plan as CSV (topic,partition,offset)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--all-groups', '--all-groups', [CompletionResultType]::ParameterName, 'Every group')
            [CompletionResult]::new('--all-topics', '--all-topics', [CompletionResultType]::ParameterName, 'Every partition the group has committed')
            [CompletionResult]::new('--to-earliest', '--to-earliest', [CompletionResultType]::ParameterName, 'To the log start')
            [CompletionResult]::new('--to-latest', '--to-latest', [CompletionResultType]::ParameterName, 'To the log end')
            [CompletionResult]::new('--to-current', '--to-current', [CompletionResultType]::ParameterName, 'To the committed offset (no change; useful with --export)')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Apply the plan (without it nothing changes)')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consumer-groups;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consumer-groups;delete-offsets' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'A topic, or some of its partitions (orders:0,2); repeatable')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;consumer-groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List consumer groups with their state and member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a group''s committed offsets, log start and end, lag and owner per partition, as kafka-consumer-groups.sh --describe does, with a summary line per group')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Diagnose consumer lag per group and topic: total lag, the worst partition, how many partitions lag, and how old the oldest unconsumed record is')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets. A dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets. The broker refuses groups that still have members. Asks for confirmation unless --yes is given')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics or partitions, so that the group starts there anew (at its auto.offset.reset). Needs Kafka 2.4 or newer (OffsetDelete). Asks for confirmation unless --yes is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;consumer-groups;help;list' {
            break
        }
        'kfk;consumer-groups;help;describe' {
            break
        }
        'kfk;consumer-groups;help;lag' {
            break
        }
        'kfk;consumer-groups;help;reset-offsets' {
            break
        }
        'kfk;consumer-groups;help;delete' {
            break
        }
        'kfk;consumer-groups;help;delete-offsets' {
            break
        }
        'kfk;consumer-groups;help;help' {
            break
        }
        'kfk;seek-to-timestamp' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic, optionally with partitions (orders:0,2); repeatable')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'The moment to find')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Show (and with --execute, commit) the offsets for this consumer group')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Show (and with --execute, commit) the offsets for this consumer group')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Read a TIME without a zone as UTC rather than local time')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Commit the offsets for --group (without it, a dry run)')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;cluster' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show brokers'' configurations, each entry with its source (static broker, dynamic broker, dynamic default broker, default) and whether it is sensitive. Only entries set away from the default are shown unless --all-configs is given; sensitive values never are')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Change entries of a broker''s dynamic configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;cluster;config' {
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'The broker whose configuration to show (default: every broker)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--all-configs', '--all-configs', [CompletionResultType]::ParameterName, 'Show every entry, defaults included')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;cluster;alter-config' {
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'The broker whose configuration changes')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set an entry (repeatable; the value may contain commas and ''='')')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Return an entry to its default (repeatable)')
            [CompletionResult]::new('--append', '--append', [CompletionResultType]::ParameterName, 'Add items to a list entry, such as cleanup.policy (repeatable)')
            [CompletionResult]::new('--subtract', '--subtract', [CompletionResultType]::ParameterName, 'Remove items from a list entry (repeatable)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Apply the change; without it, kfk only shows it')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;cluster;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show brokers'' configurations, each entry with its source (static broker, dynamic broker, dynamic default broker, default) and whether it is sensitive. Only entries set away from the default are shown unless --all-configs is given; sensitive values never are')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Change entries of a broker''s dynamic configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;cluster;help;config' {
            break
        }
        'kfk;cluster;help;alter-config' {
            break
        }
        'kfk;cluster;help;help' {
            break
        }
        'kfk;copy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Source topic')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination topic')
            [CompletionResult]::new('--to-brokers', '--to-brokers', [CompletionResultType]::ParameterName, 'Destination cluster, with the source''s security settings [default: the source cluster]')
            [CompletionResult]::new('--to-profile', '--to-profile', [CompletionResultType]::ParameterName, 'Destination cluster, as a profile of the config file (its brokers, security and properties)')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consumer group that reads the source and owns the committed offsets')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group that reads the source and owns the committed offsets')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'Transactional id [default: kfk-copy-GROUP-SRC-DST-INSTANCE]')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'This copier''s number among several sharing --group')
            [CompletionResult]::new('--batch-records', '--batch-records', [CompletionResultType]::ParameterName, 'Records per transaction')
            [CompletionResult]::new('--batch-time', '--batch-time', [CompletionResultType]::ParameterName, 'Longest time to gather one transaction''s records')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Where to start in partitions without a committed offset: the forms of `kfk consume --from` (beginning, end, N, -N, +N, a time, or per partition: 0=100,1=end)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Stop at the source''s end as it was at start: a snapshot copy (the default without --follow)')
            [CompletionResult]::new('--partitioning', '--partitioning', [CompletionResultType]::ParameterName, 'Destination partition: same as the source''s, or by key hash (Java-compatible)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Record timestamps: keep the source''s, or let the producer set now')
            [CompletionResult]::new('--key-regex', '--key-regex', [CompletionResultType]::ParameterName, 'Copy only records whose key matches this regular expression')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Copy only records with this header (repeatable; all must match)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep copying new records instead of stopping at the source''s end at start')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with their partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show topics: each partition''s leader, replicas, in-sync replicas (under-replicated partitions marked), log start and end offsets, and the topic''s configuration with each entry''s source. Only entries that differ from the default are shown unless --all-configs is given; sensitive values are never shown')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a topic and all its records')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Change entries of a topic''s configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute')
            [CompletionResult]::new('add-partitions', 'add-partitions', [CompletionResultType]::ParameterValue, 'Raise a topic''s partition count (CreatePartitions). A dry run unless --execute is given')
            [CompletionResult]::new('delete-records', 'delete-records', [CompletionResultType]::ParameterValue, 'Delete the oldest records of a topic''s partitions (DeleteRecords): every record before an offset or a time. Shows how many go from each partition; a dry run unless --execute is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;topics;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--exclude-internal', '--exclude-internal', [CompletionResultType]::ParameterName, 'Leave out internal topics (names starting with ''__'')')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Describe every topic of the cluster')
            [CompletionResult]::new('--all-configs', '--all-configs', [CompletionResultType]::ParameterName, 'Show every configuration entry, defaults included')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Number of partitions [default: the broker''s num.partitions]')
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'Number of partitions [default: the broker''s num.partitions]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Number of replicas of each partition [default: the broker''s default.replication.factor]')
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'Number of replicas of each partition [default: the broker''s default.replication.factor]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A topic config, e.g. retention.ms=86400000 (repeatable)')
            [CompletionResult]::new('--topic-config', '--topic-config', [CompletionResultType]::ParameterName, 'A topic config, e.g. retention.ms=86400000 (repeatable)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics;alter-config' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set an entry (repeatable; the value may contain commas and ''='')')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Return an entry to its default (repeatable)')
            [CompletionResult]::new('--append', '--append', [CompletionResultType]::ParameterName, 'Add items to a list entry, such as cleanup.policy (repeatable)')
            [CompletionResult]::new('--subtract', '--subtract', [CompletionResultType]::ParameterName, 'Remove items from a list entry (repeatable)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Apply the change; without it, kfk only shows it')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics;add-partitions' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The partition count after the change (more than it has now)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Apply the change; without it, kfk only shows it')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics;delete-records' {
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Delete the records before this: an offset, end (every record), a time (RFC 3339, ''YYYY-MM-DD HH:MM[:SS]'' local, @epoch-ms) or a duration ago (7d); per partition: 0=1500,1=end (other partitions are left alone)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Delete the records; without it, kfk only shows what would go')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;topics;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with their partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show topics: each partition''s leader, replicas, in-sync replicas (under-replicated partitions marked), log start and end offsets, and the topic''s configuration with each entry''s source. Only entries that differ from the default are shown unless --all-configs is given; sensitive values are never shown')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a topic and all its records')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Change entries of a topic''s configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute')
            [CompletionResult]::new('add-partitions', 'add-partitions', [CompletionResultType]::ParameterValue, 'Raise a topic''s partition count (CreatePartitions). A dry run unless --execute is given')
            [CompletionResult]::new('delete-records', 'delete-records', [CompletionResultType]::ParameterValue, 'Delete the oldest records of a topic''s partitions (DeleteRecords): every record before an offset or a time. Shows how many go from each partition; a dry run unless --execute is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;topics;help;list' {
            break
        }
        'kfk;topics;help;describe' {
            break
        }
        'kfk;topics;help;create' {
            break
        }
        'kfk;topics;help;delete' {
            break
        }
        'kfk;topics;help;alter-config' {
            break
        }
        'kfk;topics;help;add-partitions' {
            break
        }
        'kfk;topics;help;delete-records' {
            break
        }
        'kfk;topics;help;help' {
            break
        }
        'kfk;config' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;config;show' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;config;help;show' {
            break
        }
        'kfk;config;help;help' {
            break
        }
        'kfk;acls' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List access control lists (DescribeAcls), filtered by principal, host, resource type and name, pattern type, operation and permission')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create access control lists (CreateAcls): one per operation given. Shows them; a dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the access control lists that match a filter (DeleteAcls). Lists what would go; a dry run unless --execute is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;acls;list' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Only ACLs of this principal, e.g. User:alice')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only ACLs for this host')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only ACLs on this type of resource: topic, group, cluster, transactional-id')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'Only ACLs on this resource name')
            [CompletionResult]::new('--pattern-type', '--pattern-type', [CompletionResultType]::ParameterName, 'How the resource name matches: match (every ACL that applies to the name, wildcard and prefixes included), literal, prefixed, or any (the name exactly, any pattern)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only ACLs for this operation')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Only ACLs with this permission: allow or deny')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;acls;create' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Whom the ACLs are for, e.g. User:alice')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The host the principal connects from (''*'' for any)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'The operations, comma-separated or repeated: all, read, write, create, delete, alter, describe, cluster-action, describe-configs, alter-configs, idempotent-write')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'allow or deny')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'topic, group, cluster or transactional-id')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'The resource''s name (''*'' for every one; the cluster needs none)')
            [CompletionResult]::new('--pattern-type', '--pattern-type', [CompletionResultType]::ParameterName, 'literal (the name exactly) or prefixed (every name that starts with it)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Create the ACLs; without it, kfk only shows them')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;acls;delete' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Only ACLs of this principal, e.g. User:alice')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only ACLs for this host')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only ACLs on this type of resource: topic, group, cluster, transactional-id')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'Only ACLs on this resource name')
            [CompletionResult]::new('--pattern-type', '--pattern-type', [CompletionResultType]::ParameterName, 'How the resource name matches: match (every ACL that applies to the name, wildcard and prefixes included), literal, prefixed, or any (the name exactly, any pattern)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only ACLs for this operation')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Only ACLs with this permission: allow or deny')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Delete the ACLs; without it, kfk only lists them')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;acls;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List access control lists (DescribeAcls), filtered by principal, host, resource type and name, pattern type, operation and permission')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create access control lists (CreateAcls): one per operation given. Shows them; a dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the access control lists that match a filter (DeleteAcls). Lists what would go; a dry run unless --execute is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;acls;help;list' {
            break
        }
        'kfk;acls;help;create' {
            break
        }
        'kfk;acls;help;delete' {
            break
        }
        'kfk;acls;help;help' {
            break
        }
        'kfk;users' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SCRAM users (DescribeUserScramCredentials): each user''s mechanisms and iteration counts. Nothing secret is stored in a form the broker could return')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Create a SCRAM user or change their password (AlterUserScramCredentials). A dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials (AlterUserScramCredentials), so they can no longer log in with them. A dry run unless --execute is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;users;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;users;set-password' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'How many times the password is hashed (Kafka accepts 4096-16384)')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Take the password from this environment variable')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Set the password; without it, kfk only says what it would do')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;users;delete' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'Only this mechanism''s credential: SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Delete; without it, kfk only says what it would do')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SCRAM users (DescribeUserScramCredentials): each user''s mechanisms and iteration counts. Nothing secret is stored in a form the broker could return')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Create a SCRAM user or change their password (AlterUserScramCredentials). A dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials (AlterUserScramCredentials), so they can no longer log in with them. A dry run unless --execute is given')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;users;help;list' {
            break
        }
        'kfk;users;help;set-password' {
            break
        }
        'kfk;users;help;delete' {
            break
        }
        'kfk;users;help;help' {
            break
        }
        'kfk;dev-cluster' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Number of brokers (the global -b/--brokers names brokers to connect to, so this is spelt differently)')
            [CompletionResult]::new('--broker-count', '--broker-count', [CompletionResultType]::ParameterName, 'Number of brokers (the global -b/--brokers names brokers to connect to, so this is spelt differently)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Create a topic at start, NAME[:PARTITIONS] (repeatable; 1 partition by default)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Create a topic at start, NAME[:PARTITIONS] (repeatable; 1 partition by default)')
            [CompletionResult]::new('--group-initial-rebalance-delay', '--group-initial-rebalance-delay', [CompletionResultType]::ParameterName, 'How long a new consumer group waits for more members before its first assignment (Kafka''s group.initial.rebalance.delay.ms: 3s in Kafka, 0 here as in most development setups, so a new group starts at once)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;completions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Complete topic and group names from the cluster, too')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;man' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated [default: localhost:9092]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set any librdkafka property (repeatable); applied last, so it always wins')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Bound on metadata and admin operations, e.g. 500ms, 10s, 1m')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format where a command prints records or tables')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Protocol used to talk to brokers')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable or a profile to a flag)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify brokers with')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for TLS client authentication')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for TLS client authentication')
            [CompletionResult]::new('--oauth-method', '--oauth-method', [CompletionResultType]::ParameterName, 'How tokens are obtained: oidc (client credentials from a token endpoint; the client secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)')
            [CompletionResult]::new('--oauth-token-endpoint', '--oauth-token-endpoint', [CompletionResultType]::ParameterName, 'The OIDC token endpoint')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'The OIDC client id')
            [CompletionResult]::new('--oauth-scope', '--oauth-scope', [CompletionResultType]::ParameterName, 'The scope to ask tokens for')
            [CompletionResult]::new('--oauth-extensions', '--oauth-extensions', [CompletionResultType]::ParameterName, 'SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2')
            [CompletionResult]::new('--kerberos-service-name', '--kerberos-service-name', [CompletionResultType]::ParameterName, 'The brokers'' Kerberos service name [default: kafka]')
            [CompletionResult]::new('--kerberos-principal', '--kerberos-principal', [CompletionResultType]::ParameterName, 'The client''s principal, e.g. svc-orders@EXAMPLE.COM')
            [CompletionResult]::new('--kerberos-keytab', '--kerberos-keytab', [CompletionResultType]::ParameterName, 'The keytab holding the principal''s key; without one, kfk uses the ticket you already have (from kinit)')
            [CompletionResult]::new('--kerberos-kinit-cmd', '--kerberos-kinit-cmd', [CompletionResultType]::ParameterName, 'The command that gets a ticket from the keytab [default: librdkafka''s kinit]')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Do not read any config file')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show librdkafka''s log; -v adds broker/protocol debug contexts, -vv all of them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kfk;help' {
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Write records to a topic from stdin or files, one per line by default')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Read records from topics: tail them, read exact ranges, or consume as a group')
            [CompletionResult]::new('consumer-groups', 'consumer-groups', [CompletionResultType]::ParameterValue, 'Inspect consumer groups, diagnose lag and move committed offsets')
            [CompletionResult]::new('seek-to-timestamp', 'seek-to-timestamp', [CompletionResultType]::ParameterValue, 'Find the offsets of a moment in time, and optionally move a consumer group there')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: its id, its controller, each broker (id, host:port, rack), and how many topics and partitions it holds, with the under-replicated ones counted')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a topic to another topic or cluster with exactly-once transactions')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List, describe, create and delete topics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show kfk''s effective configuration')
            [CompletionResult]::new('acls', 'acls', [CompletionResultType]::ParameterValue, 'List, create and delete access control lists')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List SCRAM users, set their passwords and delete them')
            [CompletionResult]::new('dev-cluster', 'dev-cluster', [CompletionResultType]::ParameterValue, 'Run librdkafka''s mock cluster in the foreground: an in-memory Kafka-protocol cluster for trying kfk and for benchmarks, with no Kafka at hand')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages, one per command and subcommand, into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kfk;help;produce' {
            break
        }
        'kfk;help;consume' {
            break
        }
        'kfk;help;consumer-groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List consumer groups with their state and member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a group''s committed offsets, log start and end, lag and owner per partition, as kafka-consumer-groups.sh --describe does, with a summary line per group')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Diagnose consumer lag per group and topic: total lag, the worst partition, how many partitions lag, and how old the oldest unconsumed record is')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets. A dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets. The broker refuses groups that still have members. Asks for confirmation unless --yes is given')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics or partitions, so that the group starts there anew (at its auto.offset.reset). Needs Kafka 2.4 or newer (OffsetDelete). Asks for confirmation unless --yes is given')
            break
        }
        'kfk;help;consumer-groups;list' {
            break
        }
        'kfk;help;consumer-groups;describe' {
            break
        }
        'kfk;help;consumer-groups;lag' {
            break
        }
        'kfk;help;consumer-groups;reset-offsets' {
            break
        }
        'kfk;help;consumer-groups;delete' {
            break
        }
        'kfk;help;consumer-groups;delete-offsets' {
            break
        }
        'kfk;help;seek-to-timestamp' {
            break
        }
        'kfk;help;cluster' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show brokers'' configurations, each entry with its source (static broker, dynamic broker, dynamic default broker, default) and whether it is sensitive. Only entries set away from the default are shown unless --all-configs is given; sensitive values never are')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Change entries of a broker''s dynamic configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute')
            break
        }
        'kfk;help;cluster;config' {
            break
        }
        'kfk;help;cluster;alter-config' {
            break
        }
        'kfk;help;copy' {
            break
        }
        'kfk;help;topics' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with their partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show topics: each partition''s leader, replicas, in-sync replicas (under-replicated partitions marked), log start and end offsets, and the topic''s configuration with each entry''s source. Only entries that differ from the default are shown unless --all-configs is given; sensitive values are never shown')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a topic')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a topic and all its records')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Change entries of a topic''s configuration (IncrementalAlterConfigs): the entries not named stay as they are. Shows each entry before and after; applies with --execute')
            [CompletionResult]::new('add-partitions', 'add-partitions', [CompletionResultType]::ParameterValue, 'Raise a topic''s partition count (CreatePartitions). A dry run unless --execute is given')
            [CompletionResult]::new('delete-records', 'delete-records', [CompletionResultType]::ParameterValue, 'Delete the oldest records of a topic''s partitions (DeleteRecords): every record before an offset or a time. Shows how many go from each partition; a dry run unless --execute is given')
            break
        }
        'kfk;help;topics;list' {
            break
        }
        'kfk;help;topics;describe' {
            break
        }
        'kfk;help;topics;create' {
            break
        }
        'kfk;help;topics;delete' {
            break
        }
        'kfk;help;topics;alter-config' {
            break
        }
        'kfk;help;topics;add-partitions' {
            break
        }
        'kfk;help;topics;delete-records' {
            break
        }
        'kfk;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings after merging flags, environment, profile and defaults: every librdkafka property kfk will set and where it came from. Secrets are redacted')
            break
        }
        'kfk;help;config;show' {
            break
        }
        'kfk;help;acls' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List access control lists (DescribeAcls), filtered by principal, host, resource type and name, pattern type, operation and permission')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create access control lists (CreateAcls): one per operation given. Shows them; a dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the access control lists that match a filter (DeleteAcls). Lists what would go; a dry run unless --execute is given')
            break
        }
        'kfk;help;acls;list' {
            break
        }
        'kfk;help;acls;create' {
            break
        }
        'kfk;help;acls;delete' {
            break
        }
        'kfk;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List SCRAM users (DescribeUserScramCredentials): each user''s mechanisms and iteration counts. Nothing secret is stored in a form the broker could return')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Create a SCRAM user or change their password (AlterUserScramCredentials). A dry run unless --execute is given')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials (AlterUserScramCredentials), so they can no longer log in with them. A dry run unless --execute is given')
            break
        }
        'kfk;help;users;list' {
            break
        }
        'kfk;help;users;set-password' {
            break
        }
        'kfk;help;users;delete' {
            break
        }
        'kfk;help;dev-cluster' {
            break
        }
        'kfk;help;completions' {
            break
        }
        'kfk;help;man' {
            break
        }
        'kfk;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
