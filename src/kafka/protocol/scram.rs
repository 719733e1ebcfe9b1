//! The client side of SCRAM (RFC 5802, with SHA-256 or SHA-512 as RFC 7677 and Kafka's
//! KIP-84 use them): the proof that we know the password, and the check that the broker
//! knows it too.

use anyhow::{bail, Context as _, Result};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use bytes::Bytes;
use openssl::hash::MessageDigest;
use openssl::pkey::PKey;
use openssl::sign::Signer;

#[derive(Clone, Copy)]
pub enum ScramHash {
    Sha256,
    Sha512,
}

impl ScramHash {
    fn digest(self) -> MessageDigest {
        match self {
            ScramHash::Sha256 => MessageDigest::sha256(),
            ScramHash::Sha512 => MessageDigest::sha512(),
        }
    }
}

pub struct Scram {
    hash: ScramHash,
    password: String,
    /// "n=user,r=nonce": the client-first message without its GS2 header.
    client_first_bare: String,
    nonce: String,
}

impl Scram {
    pub fn new(hash: ScramHash, user: &str, password: &str) -> Result<Scram> {
        let mut random = [0u8; 24];
        openssl::rand::rand_bytes(&mut random)?;
        let nonce = STANDARD.encode(random);
        // RFC 5802 5.1: ',' and '=' in a name are escaped.
        let name = user.replace('=', "=3D").replace(',', "=2C");
        Ok(Scram {
            hash,
            password: password.to_string(),
            client_first_bare: format!("n={name},r={nonce}"),
            nonce,
        })
    }

    pub fn client_first(&self) -> Bytes {
        format!("n,,{}", self.client_first_bare).into()
    }

    /// The client-final message for the broker's server-first one, and the server
    /// signature its server-final message must carry.
    pub fn client_final(&self, server_first: &[u8]) -> Result<(Bytes, Vec<u8>)> {
        let server_first = std::str::from_utf8(server_first).context("server-first message")?;
        let field = |name: &str| {
            server_first
                .split(',')
                .find_map(|part| part.strip_prefix(name))
                .with_context(|| format!("the broker's SCRAM message lacks {name}"))
        };
        let nonce = field("r=")?;
        if !nonce.starts_with(&self.nonce) {
            bail!("the broker's SCRAM nonce does not extend ours");
        }
        let salt = STANDARD
            .decode(field("s=")?)
            .context("the broker's SCRAM salt")?;
        let iterations: usize = field("i=")?
            .parse()
            .context("the broker's SCRAM iterations")?;
        let digest = self.hash.digest();
        let mut salted = vec![0u8; digest.size()];
        openssl::pkcs5::pbkdf2_hmac(
            self.password.as_bytes(),
            &salt,
            iterations,
            digest,
            &mut salted,
        )?;
        let client_key = self.hmac(&salted, b"Client Key")?;
        let stored_key = openssl::hash::hash(digest, &client_key)?;
        let without_proof = format!("c={},r={nonce}", STANDARD.encode("n,,"));
        let auth_message = format!("{},{server_first},{without_proof}", self.client_first_bare);
        let client_signature = self.hmac(&stored_key, auth_message.as_bytes())?;
        let proof: Vec<u8> = client_key
            .iter()
            .zip(&client_signature)
            .map(|(key, signature)| key ^ signature)
            .collect();
        let server_key = self.hmac(&salted, b"Server Key")?;
        let server_signature = self.hmac(&server_key, auth_message.as_bytes())?;
        let client_final = format!("{without_proof},p={}", STANDARD.encode(proof));
        Ok((client_final.into(), server_signature))
    }

    /// Checks that the broker proved it knows the password.
    pub fn check_server_final(&self, server_final: &[u8], expected: &[u8]) -> Result<()> {
        let text = String::from_utf8_lossy(server_final);
        if let Some(error) = text.strip_prefix("e=") {
            bail!("the broker refused the login: {error}");
        }
        let signature = text
            .strip_prefix("v=")
            .and_then(|v| STANDARD.decode(v.trim()).ok());
        if signature.as_deref() != Some(expected) {
            bail!("the broker's SCRAM signature does not match: it does not hold this password");
        }
        Ok(())
    }

    fn hmac(&self, key: &[u8], data: &[u8]) -> Result<Vec<u8>> {
        let key = PKey::hmac(key)?;
        let mut signer = Signer::new(self.hash.digest(), &key)?;
        signer.update(data)?;
        Ok(signer.sign_to_vec()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7677 section 3's example exchange (SCRAM-SHA-256, user "user", password
    /// "pencil"), with the client nonce it uses.
    #[test]
    fn the_rfc_7677_example_gives_its_proof_and_server_signature() {
        let scram = Scram {
            hash: ScramHash::Sha256,
            password: "pencil".into(),
            client_first_bare: "n=user,r=rOprNGfwEbeRWgbNEkqO".into(),
            nonce: "rOprNGfwEbeRWgbNEkqO".into(),
        };
        let server_first = b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,\
                             s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        let (client_final, server_signature) = scram.client_final(server_first).expect("final");
        assert_eq!(
            client_final,
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,\
             p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
        );
        let server_final = b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";
        scram
            .check_server_final(server_final, &server_signature)
            .expect("the server's signature");
        assert!(scram
            .check_server_final(b"v=AAAA", &server_signature)
            .is_err());
    }
}
