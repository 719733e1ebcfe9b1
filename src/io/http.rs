//! One HTTP request with a deadline, over the libcurl librdkafka already links: for the
//! OIDC token endpoint and the Schema Registry.

use std::time::Duration;

use curl::easy::{Easy, List};

/// What to send.
pub struct Request<'a> {
    pub url: &'a str,
    /// A POST body, or None for a GET.
    pub body: Option<&'a [u8]>,
    pub headers: &'a [String],
    /// HTTP Basic credentials.
    pub basic: Option<(&'a str, &'a str)>,
    /// A CA file to verify the server with, instead of the system's.
    pub ca_cert: Option<&'a str>,
    pub timeout: Duration,
}

/// The status and body of the answer, or why there was none ("cannot be reached: ...",
/// "did not answer within 5s").
pub fn send(request: &Request<'_>) -> Result<(u32, String), String> {
    let mut easy = Easy::new();
    let mut body = Vec::new();
    let result = (|| -> Result<(), curl::Error> {
        easy.url(request.url)?;
        easy.timeout(request.timeout)?;
        if let Some(ca) = request.ca_cert {
            easy.cainfo(ca)?;
        }
        if let Some((user, password)) = request.basic {
            easy.username(user)?;
            easy.password(password)?;
        }
        let mut headers = List::new();
        for header in request.headers {
            headers.append(header)?;
        }
        easy.http_headers(headers)?;
        if let Some(post) = request.body {
            easy.post(true)?;
            easy.post_fields_copy(post)?;
        }
        let mut transfer = easy.transfer();
        transfer.write_function(|data| {
            body.extend_from_slice(data);
            Ok(data.len())
        })?;
        transfer.perform()
    })();
    match result {
        Ok(()) => {
            let status = easy.response_code().map_err(|err| err.to_string())?;
            Ok((status, String::from_utf8_lossy(&body).into_owned()))
        }
        Err(err) if err.is_operation_timedout() => Err(format!(
            "did not answer within {}",
            humantime::format_duration(request.timeout)
        )),
        Err(err) => Err(format!("cannot be reached: {}", err.description())),
    }
}
