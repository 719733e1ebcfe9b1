//! The processes and folders the tests make, and their end: every child is killed by its
//! own pid (never by name) when its test is done with it or the test binary exits, and
//! never signalled once reaped.

use std::io::Read;
use std::net::TcpListener;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

/// Folders the harness made that outlive any one test; removed when the binary exits.
static CLEANUP_DIRS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Processes the tests started; SIGKILLed by pid when the test binary exits.
static CHILD_PIDS: Mutex<Vec<i32>> = Mutex::new(Vec::new());

/// A loopback port nothing listens on, for a process the test starts next. Ports come
/// from below the kernel's ephemeral range, which outgoing connections draw from: a port
/// the kernel handed out (bind to port 0) could be taken by any connection between this
/// check and the process's own bind. Each test binary starts at its own offset (by pid)
/// and never gives a port twice.
pub fn free_port() -> u16 {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let ephemeral_low: u32 = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|range| range.split_whitespace().next()?.parse().ok())
        .unwrap_or(32768);
    let low = 10_000u32;
    let span = ephemeral_low.saturating_sub(low).max(1);
    let start = (std::process::id() * 211) % span;
    loop {
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        assert!(n < span, "no free loopback port below {ephemeral_low}");
        let port = low + (start + n) % span;
        if let Ok(port) = u16::try_from(port) {
            if TcpListener::bind(("127.0.0.1", port)).is_ok() {
                return port;
            }
        }
    }
}

extern "C" fn kill_children() {
    let pids = CHILD_PIDS.lock().map(|p| p.clone()).unwrap_or_default();
    for pid in pids {
        kill_by_pid(pid);
    }
    let dirs = CLEANUP_DIRS.lock().map(|d| d.clone()).unwrap_or_default();
    for dir in dirs {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Removes `dir` when the test binary exits (after its processes are killed).
pub fn remove_at_exit(dir: &Path) {
    register_at_exit();
    CLEANUP_DIRS.lock().expect("dirs").push(dir.to_path_buf());
}

fn register_at_exit() {
    static AT_EXIT: Once = Once::new();
    // SAFETY: kill_children is an extern "C" fn that lives as long as the program.
    AT_EXIT.call_once(|| unsafe {
        libc::atexit(kill_children);
    });
}

/// SIGKILL and reap: the stop that no process can ignore or delay.
pub fn kill_by_pid(pid: i32) {
    // SAFETY: kill and waitpid take any pid; a null status pointer is allowed.
    unsafe {
        libc::kill(pid, libc::SIGKILL);
        libc::waitpid(pid, std::ptr::null_mut(), 0);
    }
    if let Ok(mut pids) = CHILD_PIDS.lock() {
        pids.retain(|p| *p != pid);
    }
}

/// Whether a guarded child has exited; if so it is reaped here and forgotten, so that
/// nothing signals its pid afterwards.
pub fn reap_if_exited(pid: i32) -> bool {
    // SAFETY: a non-blocking status check of our own child.
    let exited = unsafe { libc::waitpid(pid, std::ptr::null_mut(), libc::WNOHANG) } == pid;
    if exited {
        if let Ok(mut pids) = CHILD_PIDS.lock() {
            pids.retain(|p| *p != pid);
        }
    }
    exited
}

/// Starts a helper process (a broker, a TLS proxy) that must not outlive the tests: it
/// is killed by pid when the test binary exits, and by the kernel if the binary crashes.
pub fn spawn_guarded(mut command: Command) -> i32 {
    register_at_exit();
    // PDEATHSIG fires when the spawning *thread* ends, so spawn from a thread that lives
    // as long as the process.
    let (sender, receiver) = std::sync::mpsc::channel();
    let program = command.get_program().to_owned();
    std::thread::spawn(move || {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl is async-signal-safe, as pre_exec requires.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let spawned = command.spawn().map(|child| child.id());
        let _ = sender.send(spawned);
        loop {
            std::thread::park();
        }
    });
    let pid = receiver
        .recv()
        .expect("spawning thread")
        .unwrap_or_else(|err| panic!("cannot start {}: {err}", program.to_string_lossy()))
        as i32;
    CHILD_PIDS.lock().expect("pids").push(pid);
    pid
}

/// Waits until something accepts connections on the loopback port; `log` is shown if
/// the process `pid` exits or never listens.
pub fn wait_for_port(port: u16, log: &Path, pid: i32) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if reap_if_exited(pid) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut text = String::new();
    let _ = std::fs::File::open(log).map(|mut f| f.read_to_string(&mut text));
    panic!(
        "process {pid} did not listen on port {port}; {}:\n{text}",
        log.display()
    );
}

/// A child a test started: killed and reaped when dropped unless the test waited for it
/// (so a failed assertion leaves no process behind, and a reaped pid is never signalled:
/// std remembers that it waited). A child still running after `CHILD_DEADLINE` is
/// killed, which ends every blocking read of its pipes: a hung kfk fails its test rather
/// than stalling the suite.
pub struct Guarded(Option<Child>, Option<std::sync::mpsc::Sender<()>>);

/// Longer than any test's child needs by far.
const CHILD_DEADLINE: Duration = Duration::from_secs(300);

/// Kills the child after `CHILD_DEADLINE` unless its `Guarded` goes first. It signals
/// through a pidfd, which names this process and no other: once the child is reaped, the
/// signal finds nothing, whoever has its pid by then.
fn watch(child: &Child) -> Option<std::sync::mpsc::Sender<()>> {
    // SAFETY: pidfd_open takes a pid and flags; the child is not reaped yet (this
    // Child is unwaited), so the pid is its own.
    let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, child.id() as libc::pid_t, 0) };
    if pidfd < 0 {
        return None;
    }
    let (done, deadline) = std::sync::mpsc::channel::<()>();
    let pid = child.id();
    std::thread::spawn(move || {
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
            deadline.recv_timeout(CHILD_DEADLINE)
        {
            eprintln!("process {pid} still ran after {CHILD_DEADLINE:?}: killed");
            // SAFETY: pidfd is the descriptor opened above, still open.
            unsafe {
                libc::syscall(
                    libc::SYS_pidfd_send_signal,
                    pidfd as libc::c_int,
                    libc::SIGKILL,
                    std::ptr::null::<libc::siginfo_t>(),
                    0,
                );
            }
        }
        // SAFETY: closes the descriptor opened above, once.
        unsafe { libc::close(pidfd as libc::c_int) };
    });
    Some(done)
}

impl Guarded {
    /// Sends `signal` (SIGINT for Ctrl-C) to the child, unless it was already reaped.
    pub fn signal(&mut self, signal: i32) {
        if let Some(child) = self.0.as_mut() {
            if let Ok(None) = child.try_wait() {
                // SAFETY: kill takes any pid and signal; try_wait just found the child
                // running and unreaped, so the pid is still its own.
                unsafe {
                    libc::kill(child.id() as i32, signal);
                }
            }
        }
    }

    /// Waits for the child to exit, collecting what it wrote to piped stdout and stderr.
    pub fn wait_with_output(mut self) -> std::io::Result<Output> {
        match self.0.take() {
            Some(child) => child.wait_with_output(),
            None => Err(std::io::ErrorKind::NotFound.into()),
        }
    }
}

impl Deref for Guarded {
    type Target = Child;
    fn deref(&self) -> &Child {
        self.0
            .as_ref()
            .expect("a guarded child until waited with output")
    }
}

impl DerefMut for Guarded {
    fn deref_mut(&mut self) -> &mut Child {
        self.0
            .as_mut()
            .expect("a guarded child until waited with output")
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            if let Ok(None) = child.try_wait() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

/// Starts a command as a `Guarded` child.
pub trait Start {
    fn start(&mut self) -> Guarded;
}

impl Start for Command {
    fn start(&mut self) -> Guarded {
        let program = self.get_program().to_string_lossy().into_owned();
        let child = self
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {program}: {err}"));
        let watchdog = watch(&child);
        Guarded(Some(child), watchdog)
    }
}
