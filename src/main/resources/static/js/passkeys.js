// Passkeys (WebAuthn) against Spring Security's endpoints: "Add a passkey" on Settings → Passkeys
// and "Sign in with a passkey" on the sign-in page. The pages name the endpoints and the messages
// in data- attributes; requests carry the page's CSRF token. Nothing here runs on other pages.
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return window.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var binary = window.atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function postJson(url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials && window.fetch);
  }

  // The user closed the browser's dialog or it timed out: not an error of ours.
  function cancelled(error) {
    return error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
  }

  function descriptors(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: fromBase64Url(credential.id) });
    });
  }

  function register(form) {
    var input = form.querySelector('input[name="label"]');
    var problem = document.getElementById(input.getAttribute('aria-describedby'));
    var button = form.querySelector('button[type="submit"]');
    function fail(message) {
      input.classList.add('is-invalid');
      problem.textContent = message;
      button.disabled = false;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      input.classList.remove('is-invalid');
      var label = input.value.trim();
      if (!supported()) {
        fail(form.dataset.errorUnsupported);
        return;
      }
      if (!label || label.length > input.maxLength) {
        fail(form.dataset.errorLabel);
        return;
      }
      button.disabled = true;
      postJson(form.dataset.passkeyOptions).then(function (options) {
        options.challenge = fromBase64Url(options.challenge);
        options.user = Object.assign({}, options.user, { id: fromBase64Url(options.user.id) });
        options.excludeCredentials = descriptors(options.excludeCredentials);
        return navigator.credentials.create({ publicKey: options });
      }).then(function (credential) {
        var response = credential.response;
        return postJson(form.dataset.passkeyRegister, {
          publicKey: {
            label: label,
            credential: {
              id: credential.id,
              rawId: toBase64Url(credential.rawId),
              type: credential.type,
              response: {
                attestationObject: toBase64Url(response.attestationObject),
                clientDataJSON: toBase64Url(response.clientDataJSON),
                transports: response.getTransports ? response.getTransports() : []
              },
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment
            }
          }
        });
      }).then(function (result) {
        if (!result || !result.success) {
          throw new Error('not registered');
        }
        window.location.assign(form.dataset.passkeyDone);
      }).catch(function (error) {
        fail(cancelled(error) ? form.dataset.errorCancelled : form.dataset.errorFailed);
      });
    });
  }

  function signIn(holder) {
    var button = holder.querySelector('button');
    var problem = holder.querySelector('[role="alert"]');
    function fail(message) {
      problem.textContent = message;
      problem.hidden = false;
      button.disabled = false;
    }
    button.addEventListener('click', function () {
      problem.hidden = true;
      if (!supported()) {
        fail(holder.dataset.errorUnsupported);
        return;
      }
      button.disabled = true;
      postJson(holder.dataset.passkeyOptions).then(function (options) {
        options.challenge = fromBase64Url(options.challenge);
        options.allowCredentials = descriptors(options.allowCredentials);
        return navigator.credentials.get({ publicKey: options });
      }).then(function (credential) {
        var response = credential.response;
        return postJson(holder.dataset.passkeyLogin, {
          id: credential.id,
          rawId: toBase64Url(credential.rawId),
          type: credential.type,
          response: {
            authenticatorData: toBase64Url(response.authenticatorData),
            clientDataJSON: toBase64Url(response.clientDataJSON),
            signature: toBase64Url(response.signature),
            userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
      }).then(function (result) {
        if (!result || !result.authenticated || !result.redirectUrl) {
          throw new Error('not signed in');
        }
        window.location.assign(result.redirectUrl);
      }).catch(function (error) {
        fail(cancelled(error) ? holder.dataset.errorCancelled : holder.dataset.errorFailed);
      });
    });
  }

  function start() {
    document.querySelectorAll('form[data-passkey-register]').forEach(register);
    document.querySelectorAll('[data-passkey-login]').forEach(signIn);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
