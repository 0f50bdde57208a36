// Follows Rouge 3.30 lib/rouge/lexers/batchfile.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('if else for in do goto call exit');
const OPERATOR_WORDS = wordSet('exist defined errorlevel cmdextversion not equ neq lss leq gtr geq');
const DEVICES = wordSet('con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6 lpt7 lpt8 lpt9');
const COMMANDS = wordSet(`assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice
  cls cmd color comp compact convert copy date del dir diskpart doskey dpath driverquery echo endlocal erase fc find
  findstr format fsutil ftype gpresult graftabl help icacls label md mkdir mklink mode more move openfiles path pause
  popd print prompt pushd rd recover ren rename replace rmdir robocopy setlocal sc schtasks shift shutdown sort start
  subst systeminfo takeown tasklist taskkill time timeout title tree type ver verify vol xcopy waitfor wmic
  addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag cipher cleanmgr clip
  cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug defrag delprof deltree devcon diamond dirquota
  diruse diskshadow diskuse dism dnscmd dsacls dsadd dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin
  eventcreate expand extract fdisk fltmc forfiles freedisk ftp getmac gpupdate hostname ifmember inuse ipconfig kill
  lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta msiexec msinfo32 mstsc
  nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup ntbackup ntdsutil ntoskrnl ntrights nvspbind
  pathping perms ping portqry powercfg pngout pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid psinfo
  pskill pslist psloggedon psloglist pspasswd psping psservice psshutdown pssuspend qbasic qgrep qprocess query quser
  qwinsta rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore rundll32 rmtshare route rpcping run runas
  scandisk setspn setx sfc share shellrunas shortcut sigcheck sleep slmgr strings subinacl sysmon telnet tftp tlist
  touch tracerpt tracert tscon tsdiscon tskill tttracer typeperf tzutil undelete unformat verifier vmconnect vssadmin
  w32tm wbadmin wecutil wevtutil wget where whoami windiff winrm winrs wpeutil wpr wusa wuauclt wscript`);
const ATTRIBUTES = wordSet('on off disable enableextensions enabledelayedexpansion');

export const batchfile: LexerDef = {
  name: 'batchfile',
  aliases: ['bat', 'batch', 'dosbatch', 'winbatch'],
  states: {
    basic: [
      [/@?\brem\b.*$/i, 'Comment'],
      [/^::.*$/, 'Comment'],
      [/:[a-z]+/i, 'Name.Label'],
      [/([a-z]\w*)(\.exe|com|bat|cmd|msi)?/i, (lx, m) => {
        const w = m[1]!;
        if (COMMANDS.has(w)) lx.token('Name.Builtin', m[0]);
        else {
          const tok = DEVICES.has(w) ? 'Keyword.Reserved' : KEYWORDS.has(w) ? 'Keyword' : OPERATOR_WORDS.has(w) ? 'Operator.Word'
            : ATTRIBUTES.has(w) ? 'Name.Attribute' : 'Keyword.Declaration'; // sic: `elsif "set".casecmp m[1]` is always true
          lx.groups(m, tok, 'Error');
        }
      }],
      [/((?:[\/+]|--?)[a-z]+)\s*/i, 'Name.Attribute'],
      { mixin: 'expansions' },
      [/[<>&|(){}\[\]\-+=;,~?*]/, 'Operator'],
    ],
    escape: [[/\^./s, 'Str.Escape']],
    expansions: [
      [/[%!]+([a-z_$@#]+)[%!]+/i, 'Name.Variable'],
      [/(%+~?[a-z]+\d?)/i, 'Name.Variable.Magic'],
    ],
    double_quotes: [{ mixin: 'escape' }, [/["]/, 'Str.Double', '#pop'], { mixin: 'expansions' }, [/[^\^"%!]+/, 'Str.Double']],
    single_quotes: [{ mixin: 'escape' }, [/[']/, 'Str.Single', '#pop'], { mixin: 'expansions' }, [/[^\^'%!]+/, 'Str.Single']],
    backtick: [{ mixin: 'escape' }, [/[`]/, 'Str.Backtick', '#pop'], { mixin: 'expansions' }, [/[^\^`%!]+/, 'Str.Backtick']],
    data: [
      [/\s+/, 'Text'],
      [/0x[0-9a-f]+/i, 'Num.Hex'],
      [/[0-9]/, 'Num'],
      [/["]/, 'Str.Double', 'double_quotes'],
      [/[']/, 'Str.Single', 'single_quotes'],
      [/[`]/, 'Str.Backtick', 'backtick'],
      [/[^\s&|()\[\]{}\^=;!%+\-,"'`~?*]+/, 'Text'],
      { mixin: 'escape' },
    ],
    root: [{ mixin: 'basic' }, { mixin: 'data' }],
  },
};
