"""Shared parts of the benchmark scripts: kcat with a current librdkafka, input, timing."""
import glob
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import zipfile

CONFLUENT_KAFKA = "confluent-kafka==2.16.1"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get("KFK_BENCH_CACHE", os.path.expanduser("~/.cache/kfk-bench"))


def librdkafka_dir():
    target = os.path.join(CACHE, "librdkafka")
    if glob.glob(os.path.join(target, "librdkafka*.so*")):
        return target
    wheels = os.path.join(CACHE, "wheel")
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                    "--platform", "manylinux_2_28_x86_64", "-d", wheels, CONFLUENT_KAFKA], check=True)
    os.makedirs(target, exist_ok=True)
    wheel = glob.glob(os.path.join(wheels, "confluent_kafka-*.whl"))[0]
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.startswith("confluent_kafka.libs/") and not name.endswith("/"):
                path = os.path.join(target, os.path.basename(name))
                with open(path, "wb") as out:
                    out.write(archive.read(name))
    # The wheel's copy has a hashed name; kcat asks for librdkafka.so.1.
    for path in glob.glob(os.path.join(target, "librdkafka*.so*")):
        link = os.path.join(target, "librdkafka.so.1")
        if not os.path.exists(link):
            os.symlink(os.path.basename(path), link)
    return target


def confluent_python():
    """A Python with Confluent's client (pinned, in a virtual environment of its own), for
    seeding a cluster with many concurrent admin requests."""
    venv = os.path.join(CACHE, "venv-" + CONFLUENT_KAFKA.replace("==", "-"))
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv + ".tmp"], check=True)
        subprocess.run([os.path.join(venv + ".tmp", "bin", "pip"), "install", "-q", "--disable-pip-version-check",
                        CONFLUENT_KAFKA], check=True)
        os.rename(venv + ".tmp", venv)
    return python


def rdkafka_performance():
    """librdkafka's own rdkafka_performance, built from the examples of the librdkafka that
    rdkafka-sys vendors and linked against that build's librdkafka.a, so it is the very
    librdkafka kfk runs on. Call after `cargo build --release`."""
    release = os.path.join(ROOT, "target", "release", "build")
    library = max(glob.glob(os.path.join(release, "rdkafka-sys-*", "out", "src", "librdkafka.a")),
                  key=os.path.getmtime)
    zstd = max(glob.glob(os.path.join(release, "zstd-sys-*", "out", "libzstd.a")), key=os.path.getmtime)
    source = os.path.join(os.path.dirname(os.path.dirname(library)), "examples", "rdkafka_performance.c")
    stamp = f"{os.path.getmtime(library):.0f}"
    binary = os.path.join(CACHE, f"rdkafka_performance-{stamp}")
    if not os.path.exists(binary):
        os.makedirs(CACHE, exist_ok=True)
        # The libraries kfk's librdkafka is built with: OpenSSL, zlib, zstd, libcurl, SASL.
        subprocess.run(["cc", "-O2", "-o", binary, source, "-I", os.path.dirname(library), library, zstd,
                        "-lssl", "-lcrypto", "-lz", "-lpthread", "-lm", "-ldl", "-lcurl", "-lsasl2"],
                       check=True)
    return binary


def ensure_kcat():
    if shutil.which("kcat"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "kcat"], check=True)


def make_input(path, lines):
    filler = "v" * 80
    with open(path, "w") as out:
        for i in range(lines):
            out.write(f"key-{i % 100000:06d}:{i:010d}-{filler}\n")


def measure(command, env=None):
    """Runs a command; returns (wall seconds, cpu seconds, peak RSS in MiB)."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{command[0]} failed with {code}:\n{stderr}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


TEST_CACHE = os.environ.get("KFK_TEST_CACHE", os.path.expanduser("~/.cache/kfk-test"))


def kafka_libs():
    """The jars scripts/test fetches, fetched the same way if missing."""
    pom = os.path.join(ROOT, "tests", "kafka", "pom.xml")
    with open(pom, "rb") as f:
        libs = os.path.join(TEST_CACHE, "kafka-" + hashlib.sha256(f.read()).hexdigest()[:12])
    if not os.path.isdir(libs):
        subprocess.run(["mvn", "-q", "-B", "-f", pom, "dependency:copy-dependencies",
                        f"-DoutputDirectory={libs}.tmp"], check=True)
        os.rename(libs + ".tmp", libs)
    return libs


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def java(libs, main, *args, heap="1g"):
    return ["java", f"-Xmx{heap}", "-cp", os.path.join(libs, "*"), main, *args]


def start_kafka(libs, work):
    """A one-node Apache Kafka (KRaft) in `work` on free loopback ports; (process, bootstrap)."""
    port, controller = free_port(), free_port()
    props = os.path.join(work, "server.properties")
    with open(props, "w") as f:
        f.write(f"""process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{controller}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}
advertised.listeners=PLAINTEXT://127.0.0.1:{port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs={work}/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
""")
    log4j = os.path.join(work, "log4j2.properties")
    with open(log4j, "w") as f:
        f.write(f"appender.f.type=File\nappender.f.name=f\nappender.f.fileName={work}/server.log\n"
                "appender.f.layout.type=PatternLayout\nappender.f.layout.pattern=%m%n\n"
                "rootLogger.level=INFO\nrootLogger.appenderRef.f.ref=f\n")
    subprocess.run(java(libs, "kafka.tools.StorageTool", "format", "-t", "a2ZrLWJlbmNoLWNsdXN0ZXI",
                        "-c", props), check=True, stdout=subprocess.DEVNULL)
    broker = subprocess.Popen(["java", "-Xmx1g", f"-Dlog4j2.configurationFile={log4j}", "-cp",
                               os.path.join(libs, "*"), "kafka.Kafka", props],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with open(os.path.join(work, "server.log")) as f:
                if "Kafka Server started" in f.read():
                    return broker, f"127.0.0.1:{port}"
        except FileNotFoundError:
            pass
        if broker.poll() is not None:
            sys.exit("the broker exited; see " + os.path.join(work, "server.log"))
        time.sleep(0.2)
    sys.exit("the broker did not start within 60 s")


def stop_kafka(broker):
    """Stops the broker by its pid: SIGTERM, then SIGKILL after 30 s."""
    broker.send_signal(signal.SIGTERM)
    try:
        broker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        broker.kill()
        broker.wait()
