// Plays WeCom against a running RoomBot with WeCom's official crypto library (@wecom/crypto):
// verifies the callback URL, delivers a text message, decrypts and signature-checks the passive reply,
// and checks that a bad signature and a garbage body are refused with a 4xx.
// Usage: node wecom-client.mjs <callbackUrl> <token> <encodingAesKey> <corpId> <agentId>
// Prints one line per check; exits 0 when every check passed.
import { randomBytes } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

const [callbackUrl, token, aesKey, corpId, agentId] = process.argv.slice(2);
if (!agentId) {
  console.error('usage: node wecom-client.mjs <callbackUrl> <token> <encodingAesKey> <corpId> <agentId>');
  process.exit(2);
}

const failures = [];
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures.push(name);
};
const signedUrl = (params) => `${callbackUrl}?${new URLSearchParams(params)}`;
const cdata = (xml, tag) => (xml.match(new RegExp(`<${tag}><!\\[CDATA\\[([\\s\\S]*?)\\]\\]></${tag}>`)) ?? [])[1];
const plain = (xml, tag) => (xml.match(new RegExp(`<${tag}>([^<]*)</${tag}>`)) ?? [])[1];

// 1. URL verification (GET)
{
  const timestamp = `${Math.floor(Date.now() / 1000)}`;
  const nonce = `${Math.floor(Math.random() * 1e9)}`;
  const echo = `${Math.floor(Math.random() * 1e18)}`;
  const echostr = encrypt(aesKey, echo, corpId);
  const res = await fetch(signedUrl({ msg_signature: getSignature(token, timestamp, nonce, echostr), timestamp, nonce, echostr }));
  const body = await res.text();
  check('URL verification answers the decrypted echostr', res.status === 200 && body === echo, `status ${res.status}, body ${JSON.stringify(body)}`);
}

// 2. A text message (POST) and the bot's encrypted passive reply
{
  const createTime = Math.floor(Date.now() / 1000);
  const msgId = `${BigInt(createTime) * 1000000n + BigInt(Math.floor(Math.random() * 1e6))}`;
  const message = `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>`
    + `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[help]]></Content>`
    + `<MsgId>${msgId}</MsgId><AgentID>${agentId}</AgentID></xml>`;
  const ciphered = encrypt(aesKey, message, corpId, randomBytes(16));
  const timestamp = `${createTime}`;
  const nonce = `${Math.floor(Math.random() * 1e9)}`;
  const body = `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><AgentID><![CDATA[${agentId}]]></AgentID><Encrypt><![CDATA[${ciphered}]]></Encrypt></xml>`;
  const res = await fetch(signedUrl({ msg_signature: getSignature(token, timestamp, nonce, ciphered), timestamp, nonce }), { method: 'POST', body });
  const reply = await res.text();
  check('text message accepted', res.status === 200, `status ${res.status}`);
  const replyEncrypt = cdata(reply, 'Encrypt');
  const replySignature = cdata(reply, 'MsgSignature');
  const replyTimestamp = plain(reply, 'TimeStamp') ?? cdata(reply, 'TimeStamp');
  const replyNonce = cdata(reply, 'Nonce') ?? plain(reply, 'Nonce');
  check('passive reply is an encrypted envelope', Boolean(replyEncrypt && replySignature && replyTimestamp && replyNonce), reply.slice(0, 120));
  if (replyEncrypt) {
    const expected = getSignature(token, replyTimestamp, replyNonce, replyEncrypt);
    check('passive reply signature verifies', expected === replySignature);
    const { message: replyXml, id } = decrypt(aesKey, replyEncrypt);
    check('passive reply receiveid is the CorpID', id === corpId, id);
    check('passive reply is a text for the sender', cdata(replyXml, 'MsgType') === 'text' && cdata(replyXml, 'ToUserName') === 'zhangsan'
      && (cdata(replyXml, 'Content') ?? '').length > 0, replyXml.slice(0, 200));
  }
}

// 3. Refusals
{
  const ciphered = encrypt(aesKey, '<xml><MsgType><![CDATA[text]]></MsgType></xml>', corpId);
  const body = `<xml><Encrypt><![CDATA[${ciphered}]]></Encrypt></xml>`;
  const bad = await fetch(signedUrl({ msg_signature: '0'.repeat(40), timestamp: '1', nonce: '2' }), { method: 'POST', body });
  check('bad signature refused with a 4xx', bad.status >= 400 && bad.status < 500, `status ${bad.status}`);
  const garbage = 'not xml at all';
  const res = await fetch(signedUrl({ msg_signature: getSignature(token, '1', '2', garbage), timestamp: '1', nonce: '2' }), { method: 'POST', body: garbage });
  check('garbage body refused with a 4xx', res.status >= 400 && res.status < 500, `status ${res.status}`);
}

console.log(failures.length === 0 ? 'all interop checks passed' : `${failures.length} interop checks failed`);
process.exit(failures.length === 0 ? 0 : 1);
