//! The migration's one error type: what failed, in words, with its cause.

use std::fmt;

#[derive(Debug)]
pub struct Error {
    msg: String,
    /// The peer is gone or broke the protocol (as opposed to a local failure).
    pub peer: bool,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(msg: String) -> Error {
        Error { msg, peer: false }
    }

    /// Adds what was being done when the error happened.
    pub fn context(self, what: impl fmt::Display) -> Error {
        Error { msg: format!("{what}: {}", self.msg), peer: self.peer }
    }
}

/// The last OS error, with what was being done.
pub fn os_error(what: &str) -> Error {
    Error::new(format!("{what}: {}", std::io::Error::last_os_error()))
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for Error {}

impl From<userlib::Error> for Error {
    fn from(e: userlib::Error) -> Error {
        let peer = matches!(
            e,
            userlib::Error::PeerClosed
                | userlib::Error::PeerAborted(_)
                | userlib::Error::Protocol(_)
                | userlib::Error::BadInfo(_)
        ) || matches!(e, userlib::Error::Driver { err: uzura_core::Error::TimedOut, .. });
        Error { msg: e.to_string(), peer }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(e.to_string())
    }
}

/// `Err(Error)` from a format string.
#[macro_export]
macro_rules! bail {
    ($($t:tt)*) => { return Err($crate::error::Error::new(format!($($t)*))) };
}
