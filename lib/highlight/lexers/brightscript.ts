// Follows Rouge 3.30 lib/rouge/lexers/brightscript.rb (Roku). Its builtins (component names,
// case-sensitive) include words run together in Rouge's list, kept as they are.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const BUILTINS = wordSet(`roAppendFile roAppInfo roAppManager roArray roAssociativeArray roAudioGuide roAudioMetadata roAudioPlayer
  roAudioPlayerEvent roAudioResourceroBitmap roBoolean roBrightPackage roBrSub roButton roByteArray
  roCaptionRenderer roCaptionRendererEvent roCecInterface roCECStatusEvent roChannelStore roChannelStoreEvent
  roClockWidget roCodeRegistrationScreen roCodeRegistrationScreenEventroCompositor roControlDown roControlPort
  roControlUp roCreateFile roDatagramReceiver roDatagramSender roDataGramSocket roDateTime roDeviceInfo
  roDeviceInfoEvent roDoubleroEVPCipher roEVPDigest roFileSystem roFileSystemEvent roFloat roFont roFontMetrics
  roFontRegistry roFunction roGlobal roGpio roGridScreen roGridScreenEvent roHdmiHotPlugEventroHdmiStatus
  roHdmiStatusEvent roHMAC roHttpAgent roImageCanvas roImageCanvasEvent roImageMetadata roImagePlayer
  roImageWidgetroInput roInputEvent roInt roInvalid roIRRemote roKeyboard roKeyboardPress roKeyboardScreen
  roKeyboardScreenEventroList roListScreen roListScreenEvent roLocalization roLongInteger roMessageDialog
  roMessageDialogEvent roMessagePort roMicrophone roMicrophoneEvent roNetworkConfiguration roOneLineDialog
  roOneLineDialogEventroParagraphScreen roParagraphScreenEvent roPath roPinEntryDialog roPinEntryDialogEvent
  roPinentryScreen roPosterScreen roPosterScreenEventroProgramGuide roQuadravoxButton roReadFile
  roRectangleroRegexroRegion roRegistry roRegistrySection roResourceManager roRSA roRssArticle roRssParser
  roScreen roSearchHistory roSearchScreen roSearchScreenEvent roSerialPort roSGNode roSGNodeEvent
  roSGScreenroSGScreenEvent roSlideShowroSlideShowEvent roSNS5 roSocketAddress roSocketEvent roSpringboardScreen
  roSpringboardScreenEventroSprite roStorageInfo roStreamSocket roStringroSystemLogroSystemLogEvent roSystemTime
  roTextFieldroTextScreen roTextScreenEvent roTextToSpeech roTextToSpeechEvent roTextureManager roTextureRequest
  roTextureRequestEventroTextWidget roTimer roTimespan roTouchScreen roTunerroTunerEvent roUniversalControlEvent
  roUrlEvent roUrlTransfer roVideoEvent roVideoInput roVideoMode roVideoPlayer roVideoPlayerEvent roVideoScreen
  roVideoScreenEventroWriteFile roXMLElement roXMLList`);
const NAME_BUILTIN = wordSet(`ABS ASC ATN CDBL CHR CINT CONTROL COPYFILE COS CREATEDIRECTORY CSNG DELETEDIRECTORY DELETEFILE
  EXP FINDMEMBERFUNCTION FINDNODE FIX FORMATDRIVEFORMATJSON GETINTERFACE INSTR INT LCASE LEFT LEN LISTDIR LOG MATCHFILES
  MID MOVEFILE OBSERVEFIELD PARSEJSON PARSEXML READASCIIFILE REBOOTSYSTEM RIGHT RND RUNGARBAGECOLLECTOR SGN SIN SLEEP
  SQR STR STRI STRING STRINGI STRTOI SUBSTITUTE TANTEXTTOP TEXT TRUCASE UPTIME VALVISIBLE VISIBLE WAIT`);
const RESERVED = wordSet(`BOX CREATEOBJECT DIM EACH ELSE ELSEIF END ENDFUNCTION ENDIF ENDSUB ENDWHILE EVAL EXIT EXITWHILE
  FALSE FOR FUNCTION GETGLOBALAA GETLASTRUNCOMPILEERROR GETLASTRUNRUNTIMEERROR GOTO IF IN INVALID LET LINE_NUM M NEXT
  OBJFUN POS PRINT REM RETURN RUN STEP STOP SUB TAB TO TRUE TYPE WHILE
  CLASS CONST IMPORT LIBRARY NAMESPACE PRIVATE PROTECTED PUBLIC`); // keyword_reserved and keyword_reserved_unsupported
const TYPES = wordSet('BOOLEAN DIM DOUBLE DYNAMIC FLOAT FUNCTION INTEGER INTERFACE INVALID LONGINTEGER OBJECT STRING VOID');
const OPERATOR_WORDS = wordSet('AND AS MOD NOT OR THEN');
const ID = '[$a-zA-Z_][a-zA-Z0-9_]*'; // /[$a-z_][a-z0-9_]*/i

export const brightscript: LexerDef = {
  name: 'brightscript',
  aliases: ['bs', 'brs'],
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/\'.*/, 'Comment.Single'],
      [/REM.*/i, 'Comment.Single'],
      [/[~!%^&*+=\|?:<>\/-]/, 'Operator'],
      [/\d*\.\d+(e-?\d+)?/i, 'Num.Float'],
      [/\d+[lu]*/i, 'Num.Integer'],
      [/".*?"/, 'Str.Double'],
      [rx(`${ID}(?=\\s*[(])`), 'Name.Function'],
      [/[()\[\],.;{}]/, 'Punctuation'],
      [rx(ID), (lx, m) => {
        const up = m[0].toUpperCase();
        lx.token(BUILTINS.has(m[0]) || RESERVED.has(up) ? 'Keyword.Reserved' : TYPES.has(up) ? 'Keyword.Type'
          : NAME_BUILTIN.has(up) ? 'Name.Builtin' : OPERATOR_WORDS.has(up) ? 'Operator.Word' : 'Name', m[0]);
      }],
    ],
  },
};
