/**
 * PowerShell that hands bytes to a Windows printer queue as a RAW document
 * through winspool.drv (OpenPrinter, StartDocPrinter with datatype RAW,
 * WritePrinter), so the driver never touches the ZPL. It is written to a temp
 * file and run with -File; arguments travel as separate argv entries, never
 * through a command string, so printer names and titles cannot inject code.
 */
export const WINDOWS_RAW_PRINT_SCRIPT = String.raw`param(
  [Parameter(Mandatory = $true)][string]$Printer,
  [Parameter(Mandatory = $true)][string]$Path,
  [string]$Title = 'Packbench label'
)
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @'
using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

public static class PackbenchRawPrinter {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DocInfo1 {
    [MarshalAs(UnmanagedType.LPWStr)] public string DocName;
    [MarshalAs(UnmanagedType.LPWStr)] public string OutputFile;
    [MarshalAs(UnmanagedType.LPWStr)] public string DataType;
  }

  [DllImport("winspool.drv", EntryPoint = "OpenPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool OpenPrinter(string name, out IntPtr handle, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool ClosePrinter(IntPtr handle);
  [DllImport("winspool.drv", EntryPoint = "StartDocPrinterW", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern int StartDocPrinter(IntPtr handle, int level, [In] DocInfo1 info);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndDocPrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool StartPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool WritePrinter(IntPtr handle, byte[] data, int count, out int written);

  static Win32Exception Fail(string step) {
    int code = Marshal.GetLastWin32Error();
    return new Win32Exception(code, step + " failed (" + code + "): " + new Win32Exception(code).Message);
  }

  public static int Send(string printer, byte[] data, string title) {
    IntPtr handle;
    if (!OpenPrinter(printer, out handle, IntPtr.Zero)) throw Fail("OpenPrinter");
    try {
      DocInfo1 info = new DocInfo1();
      info.DocName = title;
      info.DataType = "RAW";
      int job = StartDocPrinter(handle, 1, info);
      if (job == 0) throw Fail("StartDocPrinter");
      try {
        if (!StartPagePrinter(handle)) throw Fail("StartPagePrinter");
        int written;
        if (!WritePrinter(handle, data, data.Length, out written)) throw Fail("WritePrinter");
        if (written != data.Length) throw new Win32Exception(0, "WritePrinter wrote " + written + " of " + data.Length + " bytes");
        EndPagePrinter(handle);
      } finally {
        EndDocPrinter(handle);
      }
      return job;
    } finally {
      ClosePrinter(handle);
    }
  }
}
'@
try {
  $bytes = [System.IO.File]::ReadAllBytes($Path)
  $job = [PackbenchRawPrinter]::Send($Printer, $bytes, $Title)
  Write-Output "PACKBENCH-JOB $job"
  exit 0
} catch {
  [Console]::Error.WriteLine($_.Exception.Message)
  exit 1
}
`;

/** Lists printers as JSON; PrinterStatus is numeric in Get-Printer's CIM object (0 normal, 1 paused, 2 error, ...). */
export const WINDOWS_LIST_PRINTERS_COMMAND =
  'Get-Printer | Select-Object Name,DriverName,PortName,PrinterStatus,Shared | ConvertTo-Json -Compress';
