// Follows Rouge 3.30 lib/rouge/lexers/julia.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const BUILTINS = String.raw`\b(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout|stderr|stdin|devnull|pi|π|ℯ|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef|(LOAD|DEPOT)_PATH)\b`;
// Rouge writes these with /x, which drops the spaces of "mutable struct", "abstract type" and "for outer".
const KEYWORDS = String.raw`\b(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try|catch|const|local|global|using|struct|mutablestruct|abstracttype|finally|begin|do|quote|macro|forouter|where)\b`;
/** The types of Julia's Core, Base and standard library (as Rouge lists them). */
const TYPES = String.raw`\b(?:${wordAlt(`
ARPACKException AbstractArray AbstractChannel AbstractChar AbstractDict AbstractDisplay AbstractFloat 
AbstractIrrational AbstractLogger AbstractMatrix AbstractREPL AbstractRNG AbstractRange AbstractSerializer 
AbstractSet AbstractSparseArray AbstractSparseMatrix AbstractSparseVector AbstractString AbstractUnitRange 
AbstractVecOrMat AbstractVector AbstractWorkerPool Adjoint Any ArgumentError Array AssertionError 
Base64DecodePipe Base64EncodePipe BasicREPL Bidiagonal BigFloat BigInt BitArray BitMatrix BitSet BitVector 
Bool BoundsError BunchKaufman CachingPool CapturedException CartesianIndex CartesianIndices Cchar Cdouble 
Cfloat Channel Char Cholesky CholeskyPivoted Cint Cintmax_t Clong Clonglong ClusterManager Cmd Colon Complex 
ComplexF16 ComplexF32 ComplexF64 CompositeException Condition ConsoleLogger Cptrdiff_t Cshort Csize_t 
Cssize_t Cstring Cuchar Cuint Cuintmax_t Culong Culonglong Cushort Cvoid Cwchar_t Cwstring DataType Date 
DateFormat DatePeriod DateTime Day DenseArray DenseMatrix DenseVecOrMat DenseVector Diagonal Dict 
DimensionMismatch Dims DivideError DomainError EOFError Eigen Enum ErrorException Exception 
ExponentialBackOff Expr FDWatcher Factorization FileMonitor Float16 Float32 Float64 FolderMonitor Function 
GeneralizedEigen GeneralizedSVD GeneralizedSchur GenericArray GenericDict GenericSet GenericString GitConfig 
GitRepo GlobalRef HMAC_CTX HTML Hermitian Hessenberg Hour IO IOBuffer IOContext IOStream IPAddr IPv4 IPv6 
IdDict IndexCartesian IndexLinear IndexStyle InexactError InitError Int Int128 Int16 Int32 Int64 Int8 Integer 
InterruptException InvalidStateException Irrational KeyError LAPACKException LDLt LQ LU LinRange LineEditREPL 
LineNumberNode LinearIndices LoadError LogLevel LowerTriangular MIME Matrix MersenneTwister Method 
MethodError Microsecond Millisecond Minute Missing MissingException Module Month NTuple NamedTuple Nanosecond 
Nothing NullLogger Number OrdinalRange OutOfMemoryError OverflowError PackageMode PackageSpec Pair 
PartialQuickSort Period PermutedDimsArray Pipe PollingFileWatcher PosDefException ProcessExitedException Ptr 
QR QRPivoted QuoteNode RandomDevice RankDeficientException Rational RawFD ReadOnlyMemoryError Real 
ReentrantLock Ref Regex RegexMatch RemoteChannel RemoteException RoundingMode SHA1_CTX SHA224_CTX SHA256_CTX 
SHA2_224_CTX SHA2_256_CTX SHA2_384_CTX SHA2_512_CTX SHA384_CTX SHA3_224_CTX SHA3_256_CTX SHA3_384_CTX 
SHA3_512_CTX SHA512_CTX SVD Schur Second SegmentationFault Serializer Set SharedArray SharedMatrix 
SharedVector Signed SimpleLogger SingularException Some SparseMatrixCSC SparseVector StackOverflowError 
StepRange StepRangeLen StreamREPL StridedArray StridedMatrix StridedVecOrMat StridedVector String 
StringIndexError SubArray SubString SubstitutionString SymTridiagonal Symbol Symmetric SystemError TCPSocket 
Task TestSetException Text TextDisplay Time TimePeriod TimeType TimeZone Timer Transpose Tridiagonal Tuple 
Type TypeError TypeVar UDPSocket UInt UInt128 UInt16 UInt32 UInt64 UInt8 UTC UUID UndefInitializer 
UndefKeywordError UndefRefError UndefVarError UniformScaling Union UnionAll UnitLowerTriangular UnitRange 
UnitUpperTriangular Unsigned UpgradeLevel UpperTriangular Val Vararg VecElement VecOrMat Vector VersionNumber 
WeakKeyDict WeakRef Week WorkerConfig WorkerPool Year
`)})\b`;
const OPERATORS = String.raw`\+|=|-|\*|\/|\\|&|\||\$|~|\^|%|!|>>>|>>|<<|&&|\|\||\+=|-=|\*=|\/=|\\=|÷=|%=|\^=|&=|\|=|\$=|>>>=|>>=|<<=|==|!=|≠|<=|≤|>=|≥|\.|::|<:|->|\?|\.\*|\.\^|\.\\|\.\/|\\|<|>|÷|>:|:|===|!==|=>`;

export const julia: LexerDef = {
  name: 'julia',
  aliases: ['jl'],
  states: {
    root: [
      [/\n/, 'Text'],
      [/[^\S\n]+/, 'Text'],
      [/#=/, 'Comment.Multiline', 'blockcomment'],
      [/#.*$/, 'Comment'],
      [rx(OPERATORS), 'Operator'],
      [/\\\n/, 'Text'],
      [/\\/, 'Text'],
      [/(function|macro)((?:\s|\\\s)+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Name.Function'); lx.push('funcname'); }],
      [/((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)/, (lx, m) => {
        lx.groups(m, 'Keyword', 'Name.Class');
        lx.push('typename');
      }],
      [rx(TYPES), 'Keyword.Type'],
      [/(local|global|const)\b/, 'Keyword.Declaration'],
      [rx(KEYWORDS), 'Keyword'],
      [rx(BUILTINS), 'Name.Builtin'],
      [/`.*?`/, 'Str.Backtick'],
      [/'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'/, 'Str.Char'],
      [/(?<=[.\w)\]])'+/, 'Operator'], // a trailing transpose
      [/(?:[IL])"/, 'Str', 'string'],
      [/[E]?"/, 'Str', 'string'],
      [/@[\w.]+/, 'Name.Decorator'],
      [/(?:[a-zA-Z_\u00A1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00A1-\uffff]|[\u1000-\u10ff])*!*/, 'Name'],
      [/[\[\]{}\(\),;]/, 'Other'],
      [/(\d+(_\d+)+\.\d*|\d*\.\d+(_\d+)+)([eEf][+-]?[0-9]+)?/, 'Num.Float'],
      [/(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?/, 'Num.Float'],
      [/\d+(_\d+)+[eEf][+-]?[0-9]+/, 'Num.Float'],
      [/\d+[eEf][+-]?[0-9]+/, 'Num.Float'],
      [/0b[01]+(_[01]+)+/, 'Num.Bin'],
      [/0b[01]+/, 'Num.Bin'],
      [/0o[0-7]+(_[0-7]+)+/, 'Num.Oct'],
      [/0o[0-7]+/, 'Num.Oct'],
      [/0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+/, 'Num.Hex'],
      [/0x[a-fA-F0-9]+/, 'Num.Hex'],
      [/\d+(_\d+)+/, 'Num.Integer'],
      [/\d+/, 'Num.Integer'],
    ],
    funcname: [
      [rx(String.raw`[\p{L}\p{Nl}\p{S}_][\p{Word}\p{S}\p{Po}!]*`), 'Name.Function', '#pop'],
      [/\([^\s\w{]{1,2}\)/, 'Operator', '#pop'],
      [/[^\s\w{]{1,2}/, 'Operator', '#pop'],
    ],
    typename: [
      [rx(String.raw`[\p{L}\p{Nl}\p{S}_][\p{Word}\p{S}\p{Po}!]*`), 'Name.Class', '#pop'],
    ],
    stringescape: [
      [/\\([\\abfnrtv"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, 'Str.Escape'],
    ],
    blockcomment: [
      [/[^=#]/, 'Comment.Multiline'],
      [/#=/, 'Comment.Multiline', 'blockcomment'],
      [/=#/, 'Comment.Multiline', '#pop'],
      [/[=#]/, 'Comment.Multiline'],
    ],
    string: [
      { mixin: 'stringescape' },
      [/"/, 'Str', '#pop'],
      [/\\\\|\\"|\\\n/, 'Str.Escape'], // for raw strings
      [/\$(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?/, 'Str.Interpol'],
      [/[^\\"$]+/, 'Str'],
      [/["\\]/, 'Str'],
      [/\$/, 'Str'],
    ],
  },
};
