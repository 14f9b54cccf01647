// Runs before `npm test`: makes sure Debian's Chromium is there for the browser tests. As root with apt, it installs
// the `chromium` package itself; otherwise it stops with a message that names the package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.js';

if (!existsSync(CHROMIUM_PATH)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `浏览器测试需要 Chromium，但 ${CHROMIUM_PATH} 不存在。请安装 Debian 软件包 "chromium"（sudo apt-get install chromium），或设置 CHROMIUM_PATH。\n` +
        `Browser tests need Chromium at ${CHROMIUM_PATH}. Install the Debian package "chromium" (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log('Installing Debian package "chromium" for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
